package jp.shinko.cli;

import java.util.Iterator;
import jp.shinko.ingest.Layouts;

/** The layout ids {@code --layout} accepts, for help texts and shell completion. */
class LayoutIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Layouts.builtIn().ids().iterator();
    }
}
