package jp.shinko.web;

import java.math.BigDecimal;
import java.util.List;
import jp.shinko.plan.Project;
import jp.shinko.plan.TextDiff;
import jp.shinko.plan.YearOverYear;
import jp.shinko.store.YearOverYearQueries;

/** The API's form of a plan's year-over-year changes. */
record ChangesBody(String plan, Integer fiscalYear, Integer previousFiscalYear, List<Integer> fiscalYears,
                   Integer projectsBefore, Integer projectsNow, List<Ref> added, List<Ref> ended,
                   List<Merged> merged, List<Renamed> renamed, List<Money> rises, List<Money> falls,
                   Integer unchanged, List<Evaluation> evaluations, List<Content> contents) {

    record Ref(String key, String name) {
        static Ref of(Project p) {
            return new Ref(p.key(), p.name());
        }
    }

    record Merged(String key, String name, String intoName, String intoKey) {
    }

    record Renamed(String key, String before, String after) {
    }

    record Money(String key, String name, String basis, long beforeThousandYen, long nowThousandYen,
                 long changeThousandYen, BigDecimal percent) {
        static Money of(YearOverYear.MoneyChange m) {
            return new Money(m.project().key(), m.project().name(), m.basis().name(), m.beforeThousandYen(),
                    m.nowThousandYen(), m.changeThousandYen(), m.percent().orElse(null));
        }
    }

    record Evaluation(String key, String name, String before, String after) {
    }

    record Content(String key, String name, String before, String after, List<TextDiff.Part> diff) {
    }

    static ChangesBody of(YearOverYearQueries.PlanChanges loaded) {
        var years = loaded.years().stream().map(y -> y.year()).toList();
        var c = loaded.changes();
        if (c == null) {
            return new ChangesBody(loaded.plan().key(), null, null, years, null, null, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());
        }
        return new ChangesBody(loaded.plan().key(), c.year().year(),
                c.previous() == null ? null : c.previous().year(), years,
                c.comparable() ? c.projectsBefore() : null, c.projectsNow(),
                c.added().stream().map(Ref::of).toList(), c.ended().stream().map(Ref::of).toList(),
                c.merged().stream().map(m -> new Merged(m.project().key(), m.project().name(), m.intoName(),
                        m.into() == null ? null : m.into().key())).toList(),
                c.renamed().stream().map(r -> new Renamed(r.project().key(), r.before(), r.after())).toList(),
                c.rises().stream().map(Money::of).toList(), c.falls().stream().map(Money::of).toList(),
                c.comparable() ? c.unchanged() : null,
                c.evaluations().stream().map(e -> new Evaluation(e.project().key(), e.project().name(),
                        e.before(), e.after())).toList(),
                c.contents().stream().map(t -> new Content(t.project().key(), t.project().name(), t.before(),
                        t.after(), t.diff())).toList());
    }
}
