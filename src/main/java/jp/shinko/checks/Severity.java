package jp.shinko.checks;

/** How much a finding matters: an error blocks submission, a warning asks for a second look. */
public enum Severity {
    ERROR, WARNING
}
