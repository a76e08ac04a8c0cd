package jp.shinko.ingest.mapping;

/**
 * Reads an amount cell in a column's unit. One small seam so that the shared amount reader of the
 * money model can take over from {@link PlainAmountCells} without touching the mapping.
 */
interface AmountCells {

    /** The cell in {@code unit}: a bare number is in it; a written unit must be it. */
    CellAmount read(Grid.Cell cell, AmountUnitName unit);
}
