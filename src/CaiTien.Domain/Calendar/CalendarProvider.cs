using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// Supplies the calendar of any school year: national frames, a province's overrides where it has them, and one
/// deadline mode. Timeframes resolve against it.
/// </summary>
/// <remarks>Immutable and thread-safe; calendars are built once per year and cached.</remarks>
public sealed class CalendarProvider
{
    private readonly Dictionary<SchoolYear, ProvincialOverride> overrides = new();
    private readonly ConcurrentDictionary<SchoolYear, SchoolCalendar> cache = new();

    /// <summary>Creates a provider.</summary>
    /// <param name="mode">How "before date X" deadlines are read.</param>
    /// <param name="provincialOverrides">A province's overrides, at most one per year.</param>
    public CalendarProvider(DeadlineMode mode = DeadlineMode.Inclusive, IEnumerable<ProvincialOverride>? provincialOverrides = null)
    {
        DeadlineMode = Preconditions.CheckDefined(mode);
        foreach (ProvincialOverride o in provincialOverrides ?? System.Array.Empty<ProvincialOverride>())
        {
            Preconditions.CheckArgument(overrides.TryAdd(o.Year, o), $"Two overrides for {o.Year}.");
        }
    }

    /// <summary>The national calendars, deadlines inclusive.</summary>
    public static CalendarProvider National { get; } = new();

    /// <summary>How deadlines are read.</summary>
    public DeadlineMode DeadlineMode { get; }

    /// <summary>The calendar of a school year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Its calendar.</returns>
    /// <exception cref="ArgumentException">The year is the unset default value.</exception>
    public SchoolCalendar For(SchoolYear year)
        => cache.GetOrAdd(SchoolYear.CheckArgument(year, nameof(year)), y => overrides.TryGetValue(y, out ProvincialOverride? o)
            ? SchoolCalendar.ForProvince(o, DeadlineMode)
            : SchoolCalendar.National(y, DeadlineMode));
}
