package org.cooperationatlas.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cooperationatlas.base.domain.YearRange;

/**
 * Date fields as an international reader expects them: dates written and typed as 2016-05-01, whatever the
 * browser's country, and the calendar's months and weekdays in the reader's language.
 */
public final class DateFields {

    public static final String FORMAT = "yyyy-MM-dd";

    private DateFields() {}

    public static DatePicker localized(DatePicker field) {
        Locale locale = field.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat(FORMAT)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                // The component counts weekdays from Sunday (0); Java from Monday (1).
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(field.getTranslation("date.today"))
                .setCancel(field.getTranslation("action.cancel"))
                .setMinErrorMessage(field.getTranslation("date.outOfRange"))
                .setMaxErrorMessage(field.getTranslation("date.outOfRange"));
        field.setI18n(i18n);
        field.setMin(YearRange.FIRST_DAY);
        field.setMax(YearRange.LAST_DAY);
        return field;
    }

    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale))
                .toList();
    }
}
