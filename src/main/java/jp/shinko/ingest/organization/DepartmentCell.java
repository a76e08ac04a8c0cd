package jp.shinko.ingest.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A 担当課 cell split into the departments it names. Departments are separated by spaces
 * (契約政策課 工事契約課), by 、, or by ・ where the part before it ends in 課 or 室
 * (工事契約課・技術管理課); elsewhere ・ is part of a name (起業・新産業支援課).
 *
 * <p>A 室 printed right after a 課 with only a space between (農業政策課 農水ブランド戦略室) is read
 * as the office inside that division, not as a second department in charge: it becomes one
 * department, the 室, with the 課 as its parent. That is how city lists print an office (the
 * division first, as in the city's organization chart), and it keeps the 室 findable under its
 * own name while the division is not wrongly counted as a department in charge. Joined by ・ or
 * 、 the two are a list, i.e. two departments.
 */
public record DepartmentCell(List<Department> departments) {

    /** One department named in the cell; {@code parent} is the 課 a 室 belongs to, else null. */
    public record Department(String name, String parent) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    public DepartmentCell {
        departments = List.copyOf(departments);
    }

    public static DepartmentCell parse(String cell) {
        var result = new ArrayList<Department>();
        String previousToken = null;
        for (var token : SPACES.split(cell.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            var parts = splitList(token);
            if (parts.size() == 1 && previousToken != null && previousToken.endsWith("課")
                    && token.endsWith("室")) {
                result.remove(result.size() - 1);
                result.add(new Department(token, previousToken));
            } else {
                parts.forEach(part -> result.add(new Department(part, null)));
            }
            previousToken = parts.size() == 1 ? token : null;
        }
        return new DepartmentCell(result);
    }

    /** Splits at 、 always and at ・ when the text before it ends a department name (課/室). */
    private static List<String> splitList(String token) {
        var parts = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ends = i > start && "課室".indexOf(token.charAt(i - 1)) >= 0;
            if (c == '、' || c == '，' || (c == '・' || c == '･') && ends) {
                if (i > start) {
                    parts.add(token.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < token.length()) {
            parts.add(token.substring(start));
        }
        return parts;
    }
}
