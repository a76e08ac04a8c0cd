package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The pages' templates print no literal words (every text comes from the message bundles or the
 * data, so both languages are complete) and never print unescaped text (no th:utext).
 */
class TemplateTextTest {

    private static final List<String> DIRECTORIES = List.of("plans", "projects", "organizations", "compare");

    @Test
    void templatesHaveNoLiteralWordsAndNoUnescapedText() throws Exception {
        var problems = new ArrayList<String>();
        for (var template : templates()) {
            var text = Files.readString(template);
            if (text.contains("th:utext")) {
                problems.add(template + ": th:utext");
            }
            var factory = DocumentBuilderFactory.newInstance();
            var document = factory.newDocumentBuilder().parse(template.toFile());
            walk(document.getDocumentElement(), template, problems);
        }
        assertThat(templates()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(problems).isEmpty();
    }

    private static void walk(Node node, Path template, List<String> problems) {
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && hasWords(child.getTextContent()) && !replaced(node)) {
                problems.add(template.getFileName() + ": literal text '" + child.getTextContent().strip()
                        + "' in <" + node.getNodeName() + ">");
            }
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                walk(child, template, problems);
            }
        }
    }

    /**
     * Whether the element or one of its ancestors replaces what the template has inside it; the
     * root is left out, as a page's root only hands its content to the layout.
     */
    private static boolean replaced(Node node) {
        for (var at = node; at instanceof Element element && at.getParentNode() instanceof Element;
             at = at.getParentNode()) {
            if (element.hasAttribute("th:text") || element.hasAttribute("th:replace")
                    || element.hasAttribute("th:insert")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static List<Path> templates() throws IOException {
        var list = new ArrayList<Path>();
        for (var directory : DIRECTORIES) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates", directory))) {
                files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(list::add);
            }
        }
        return list;
    }
}
