package jp.shinko.template;

import static jp.shinko.template.Column.Type.CHOICE;
import static jp.shinko.template.Column.Type.TEXT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.PlanContent;

/** 組織: the city's departments and the outside bodies that projects name. */
final class OrganizationSheet {

    static final Column NAME = Column.required("組織名", "name", TEXT);
    static final Column KIND = Column.required("種別", "kind", CHOICE);
    static final Column PARENT = Column.optional("上位組織", "parent", TEXT);

    static final TemplateSheet SHEET = new TemplateSheet("組織", "organizations", false, List.of(NAME, KIND, PARENT));

    static final Map<OrganizationKind, String> KIND_LABELS = new EnumMap<>(Map.of(
            OrganizationKind.CITY_DEPARTMENT, "市の部署",
            OrganizationKind.PREFECTURE, "都道府県",
            OrganizationKind.NATIONAL_AGENCY, "国の機関",
            OrganizationKind.CHAMBER_OF_COMMERCE, "商工会議所・商工会",
            OrganizationKind.FINANCIAL_INSTITUTION, "金融機関",
            OrganizationKind.UNIVERSITY, "大学",
            OrganizationKind.ASSOCIATION, "団体",
            OrganizationKind.OTHER, "その他"));

    private OrganizationSheet() {
    }

    static Table write(PlanContent content) {
        return Table.of(SHEET, content.organizations().stream()
                        .map(o -> List.of(Cell.text(o.name()), Cell.text(KIND_LABELS.get(o.kind())), Cell.text(o.parent())))
                        .toList(),
                Map.of(KIND, List.copyOf(KIND_LABELS.values())));
    }

    static List<Organization> read(SheetRows sheet) {
        var organizations = new ArrayList<Organization>();
        var lines = new HashMap<String, Integer>();
        for (var row : sheet.rows()) {
            String name = row.key(NAME);
            Integer earlier = lines.putIfAbsent(name, row.line());
            if (earlier != null) {
                throw row.error(NAME, Reason.of("template.organization-twice", name, earlier));
            }
            var kind = row.choice(KIND, KIND_LABELS);
            if (kind == null) {
                throw row.error(KIND, Reason.of("template.blank-choice", List.copyOf(KIND_LABELS.values())));
            }
            organizations.add(new Organization(name, kind, row.text(PARENT)));
        }
        return organizations;
    }
}
