package jp.shinko.cycle;

/**
 * A project registered during the round, as typed: name, the organization that runs it, the
 * policy node (path text such as {@code 1/1/4/3}) it is listed under, and a summary.
 */
public record NewProject(String name, String organization, String node, String summary) {

    public static NewProject empty() {
        return new NewProject("", "", "", "");
    }
}
