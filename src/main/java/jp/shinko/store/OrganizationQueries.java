package jp.shinko.store;

import java.util.List;
import java.util.Optional;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Read queries for a plan's organizations and how many projects each runs or is in charge of. */
@Repository
@Transactional(readOnly = true)
public class OrganizationQueries {

    private static final String SELECT = """
            SELECT o.name, o.kind, o.parent_name,
                   (SELECT COUNT(*) FROM projects pr WHERE pr.implementer_id = o.id AND pr.published) AS implementing,
                   (SELECT COUNT(DISTINCT d.project_id) FROM project_departments d
                    JOIN projects dp ON dp.id = d.project_id
                    WHERE d.organization_id = o.id AND dp.published) AS in_charge,
                   (SELECT COUNT(*) FROM projects pr WHERE pr.plan_id = o.plan_id AND pr.published
                       AND (pr.implementer_id = o.id
                            OR EXISTS (SELECT 1 FROM project_departments d
                                       WHERE d.project_id = pr.id AND d.organization_id = o.id))) AS projects
            FROM organizations o JOIN plans p ON p.id = o.plan_id
            WHERE p.plan_key = ?""";
    // pr.plan_id bounds the OR above to one plan's projects: an OR cannot use an index, and
    // without it every organization scanned every plan's projects.

    private final JdbcClient jdbc;

    public OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's organizations in the document's order. */
    public List<OrganizationSummary> organizations(String planKey) {
        return jdbc.sql(SELECT + " ORDER BY o.ord")
                .param(planKey)
                .query((rs, n) -> summary(rs))
                .list();
    }

    public Optional<OrganizationSummary> organization(String planKey, String name) {
        return jdbc.sql(SELECT + " AND o.name = ?")
                .params(planKey, name)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static OrganizationSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OrganizationSummary(new Organization(rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")), rs.getString("parent_name")),
                rs.getInt("implementing"), rs.getInt("in_charge"), rs.getInt("projects"));
    }
}
