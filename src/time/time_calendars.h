/* time_calendars.h - the month starts of the Umm al-Qura Islamic, Hebrew
 * and Persian calendars, generated at build time from ICU by
 * tools/calendars/calgen.c (build/gen/time_calendars.c), for the feasts of
 * data/en/time_holidays.txt that those calendars date (time_holiday.c). */
#ifndef DL_TIME_CALENDARS_H
#define DL_TIME_CALENDARS_H

#include <stdint.h>

/* Years first_year .. first_year + years - 1 of a calendar (all that begin
 * between 1899 and 2101), `months` a row: starts[row * months + m] is the
 * day since 1970-01-01 on which month m + 1 begins, INT32_MIN when the
 * year has no such month (the Hebrew Adar I outside leap years). */
typedef struct {
    const char *name;
    int first_year, years, months;
    const int32_t *starts;
} cal_table;

extern const cal_table time_cal_islamic, time_cal_hebrew, time_cal_persian;

#endif
