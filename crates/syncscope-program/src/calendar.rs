//! The names of Go's `time.Month` and `time.Weekday` values, in Go's order: the front end reads
//! `time.March` by them, the engine prints a month or a day with them.

/// `time.January` is 1: a month's name is at its number minus one.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `time.Sunday` is 0.
pub const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
