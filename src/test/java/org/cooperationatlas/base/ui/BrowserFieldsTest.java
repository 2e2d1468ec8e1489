package org.cooperationatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fields the browser draws from what it is sent: what they send, and how they read what comes back. */
class BrowserFieldsTest {

    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_choice_box_sends_its_labels_once_and_reads_a_choice_by_its_position() {
        ChoiceBox<Colour> colour = ChoiceField.optional(
                "Colour", List.of(Colour.values()), value -> value.name().toLowerCase(), "Any");
        UI.getCurrent().add(colour);
        assertThat(sentScripts())
                .anySatisfy(
                        script -> assertThat(script).contains("this.items").contains("[\"red\",\"green\",\"blue\"]"));

        colour.setValue(Colour.BLUE);
        assertThat(colour.getElement().getProperty("value")).isEqualTo("2");

        // What the browser reports back when the reader picks an item, or clears the field.
        colour.getElement().setProperty("value", "1");
        assertThat(colour.getValue()).isEqualTo(Colour.GREEN);
        colour.getElement().setProperty("value", "");
        assertThat(colour.getValue()).isNull();
        // Anything else is no choice at all.
        colour.getElement().setProperty("value", "7");
        assertThat(colour.getValue()).isNull();
        colour.getElement().setProperty("value", "red");
        assertThat(colour.getValue()).isNull();
        assertThat(colour.getElement().getProperty("placeholder")).isEqualTo("Any");
    }

    @Test
    void a_year_field_reads_a_typed_year_and_says_when_it_is_out_of_bounds() {
        YearField year = new YearField("From year", 1945, 2100, "Enter a year between 1945 and 2100");
        UI.getCurrent().add(year);
        year.getElement().setProperty("value", "2016");
        assertThat(year.getValue()).isEqualTo(2016);
        assertThat(year.isInvalid()).isFalse();

        year.getElement().setProperty("value", "1200");
        assertThat(year.getValue()).isEqualTo(1200);
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getElement().getProperty("invalid", false)).isTrue();

        year.getElement().setProperty("value", "99999999999999");
        assertThat(year.isInvalid()).isTrue();

        year.getElement().setProperty("value", "");
        assertThat(year.getValue()).isNull();
        assertThat(year.isInvalid()).isFalse();
        assertThat(year.getElement().getProperty("min", 0)).isEqualTo(1945);
        assertThat(year.getElement().getProperty("errorMessage")).isEqualTo("Enter a year between 1945 and 2100");
    }

    private static List<String> sentScripts() {
        List<String> scripts = new ArrayList<>();
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        for (PendingJavaScriptInvocation invocation : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            scripts.add(invocation.getInvocation().getExpression() + " "
                    + invocation.getInvocation().getParameters());
        }
        return scripts;
    }
}
