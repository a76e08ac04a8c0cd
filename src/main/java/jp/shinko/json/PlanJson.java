package jp.shinko.json;

import java.util.List;
import jp.shinko.plan.Amount;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.YearRecord;
import jp.shinko.plan.Yen;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Organization;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Jackson module for the domain's value types (documented in docs/json-format.md). Spring
 * registers it for the web's JSON; {@link #mapper()} gives the same mapping to the CLI.
 */
@Component
public class PlanJson extends SimpleModule {

    public PlanJson() {
        super("shinko-plan");
        addSerializer(FiscalYear.class, new StdSerializer<>(FiscalYear.class) {
            @Override
            public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeNumber(value.year());
            }
        });
        addKeySerializer(FiscalYear.class, new StdSerializer<>(FiscalYear.class) {
            @Override
            public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeName(Integer.toString(value.year()));
            }
        });
        addSerializer(NodePath.class, new StdSerializer<>(NodePath.class) {
            @Override
            public void serialize(NodePath value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toString());
            }
        });
        addSerializer(Amount.class, new StdSerializer<>(Amount.class) {
            @Override
            public void serialize(Amount value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("kind", value.kind().name());
                if (value.isPresent()) {
                    gen.writeNumberProperty("thousandYen", value.thousandYen());
                }
                gen.writeEndObject();
            }
        });
        addSerializer(Yen.class, new StdSerializer<>(Yen.class) {
            @Override
            public void serialize(Yen value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeStartObject();
                gen.writeStringProperty("kind", value.kind().name());
                if (value.isPresent()) {
                    gen.writeNumberProperty("yen", value.yen());
                    gen.writeStringProperty("unit", value.unit().label());
                }
                gen.writeEndObject();
            }
        });
        addSerializer(Evaluation.class, new StdSerializer<>(Evaluation.class) {
            @Override
            public void serialize(Evaluation value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.mark());
            }
        });
        setMixInAnnotation(Organization.class, OrganizationMixin.class);
        setMixInAnnotation(YearRecord.class, YearRecordMixin.class);
    }

    /** A record of a list with only 予算額 / 決算額 (the samples) has no money figures: the field is left out. */
    abstract static class YearRecordMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<MoneyFigure> moneyFigures();
    }

    /** Derived accessors are not data: {@code kind} already says whether it is the city. */
    abstract static class OrganizationMixin {
        @JsonIgnore
        abstract boolean isCity();
    }

    /** A mapper with this module, indented, for the command line. */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .addModule(new PlanJson())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }
}
