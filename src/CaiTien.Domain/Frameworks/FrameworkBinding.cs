using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Frameworks;

/// <summary>Which date decided a document's framework version.</summary>
public enum BindingBasis
{
    /// <summary>The document's issue date, which lies in its school year (1 August to 31 July).</summary>
    IssueDate = 1,

    /// <summary>The opening day (khai giảng) of its school year: the document has no date, or a date outside the year.</summary>
    SchoolYearOpening = 2,
}

/// <summary>
/// The framework version a document is bound to, the date that decided it and why; or, when no shipped version is in
/// force on that date, a failure naming the gap.
/// </summary>
/// <remarks>
/// Immutable. The rule (<see cref="FrameworkCatalog.Bind"/>): a plan binds to the version in force on the day it was
/// issued when that day lies in its school year's administrative span (1 August to 31 July), otherwise to the version in
/// force on the year's opening day. A report, its supervision and the plan's progress are judged against the plan's
/// version, whatever their own dates. See <c>docs/frameworks.md</c>.
/// </remarks>
public sealed class FrameworkBinding
{
    internal FrameworkBinding(FrameworkVersion? framework, SchoolYear schoolYear, LocalDate date, BindingBasis basis, BilingualText explanation,
        IReadOnlyList<BilingualText> notes)
    {
        Framework = framework;
        SchoolYear = schoolYear;
        Date = date;
        Basis = basis;
        Explanation = explanation;
        Notes = notes;
    }

    /// <summary>The version, or <c>null</c> when none is in force on <see cref="Date"/>.</summary>
    public FrameworkVersion? Framework { get; }

    /// <summary>Whether a version was found.</summary>
    public bool Success => Framework is not null;

    /// <summary>The document's school year.</summary>
    public SchoolYear SchoolYear { get; }

    /// <summary>The date that decided the version.</summary>
    public LocalDate Date { get; }

    /// <summary>Which date that is.</summary>
    public BindingBasis Basis { get; }

    /// <summary>Why this version, or which gap leaves the document without one.</summary>
    public BilingualText Explanation { get; }

    /// <summary>What else to know: another version takes effect during the year; the opening day is provisional.</summary>
    public IReadOnlyList<BilingualText> Notes { get; }

    /// <summary>Returns the version's identifier, or the failure.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
        => Framework is { } f ? $"{SchoolYear} → {f.Id} ({Basis} {Format(Date)})" : $"{SchoolYear} → none: {Explanation.English}";

    internal static FrameworkBinding Bind(IReadOnlyList<FrameworkVersion> frameworks, SchoolYear year, LocalDate? issuedOn, SchoolType schoolType,
        CalendarProvider calendars)
    {
        Preconditions.CheckDefined(schoolType);
        DateInterval span = year.AdministrativeYear;
        SchoolCalendar calendar = calendars.For(year);
        var notes = new List<BilingualText>();
        LocalDate date;
        BindingBasis basis;
        if (issuedOn is { } issued && span.Contains(issued))
        {
            date = issued;
            basis = BindingBasis.IssueDate;
        }
        else
        {
            date = calendar.Frame.Opening;
            basis = BindingBasis.SchoolYearOpening;
            if (issuedOn is { } outside)
            {
                notes.Add(new BilingualText(
                    $"Ngày ban hành {Format(outside)} nằm ngoài năm học {year} (01/08/{year.StartYear} – 31/07/{year.EndYear}): dùng ngày khai giảng.",
                    $"The issue date {Format(outside)} lies outside school year {year} (1 Aug {year.StartYear} – 31 Jul {year.EndYear}): the opening day is used."));
            }
            if (calendar.IsProvisional)
            {
                notes.Add(new BilingualText(
                    $"Ngày khai giảng {Format(date)} là tạm tính: chưa có quyết định khung kế hoạch thời gian năm học {year}.",
                    $"The opening day {Format(date)} is provisional: no national calendar decision for {year} is transcribed."));
            }
        }

        var applicable = frameworks.Where(f => f.AppliesTo(schoolType)).OrderBy(f => f.EffectiveFrom).ToList();
        foreach (FrameworkVersion change in applicable.Where(f => f.EffectiveFrom > span.Start && f.EffectiveFrom <= span.End))
        {
            notes.Add(new BilingualText(
                $"Năm học {year} có thay đổi: {change.LegalDocument} ({change.Id}) có hiệu lực từ {Format(change.EffectiveFrom)}; văn bản ban hành từ ngày đó gắn với {change.Id}.",
                $"School year {year} spans a change: {change.LegalDocument} ({change.Id}) is in force from {Format(change.EffectiveFrom)}; documents issued from that day bind to {change.Id}."));
        }

        FrameworkVersion? found = null;
        for (int i = applicable.Count - 1; i >= 0; i--)
        {
            if (applicable[i].IsInForceOn(date))
            {
                found = applicable[i];
                break;
            }
        }
        string how = basis == BindingBasis.IssueDate ? "ngày ban hành" : "ngày khai giảng";
        string howEn = basis == BindingBasis.IssueDate ? "issue date" : "opening day";
        if (found is not null)
        {
            return new FrameworkBinding(found, year, date, basis, new BilingualText(
                $"{found.LegalDocument} ({found.Id}) có hiệu lực vào {how} {Format(date)}.",
                $"{found.LegalDocument} ({found.Id}) is in force on the {howEn}, {Format(date)}."), notes.AsReadOnly());
        }
        return new FrameworkBinding(null, year, date, basis, Gap(applicable, frameworks, date, how, howEn, schoolType, span), notes.AsReadOnly());
    }

    private static BilingualText Gap(List<FrameworkVersion> applicable, IReadOnlyList<FrameworkVersion> all, LocalDate date, string how, string howEn,
        SchoolType schoolType, DateInterval span)
    {
        string head = $"Không có bộ tiêu chuẩn nào trong danh mục có hiệu lực vào {how} {Format(date)} cho {Label(schoolType)}";
        string headEn = $"No framework version in the catalog is in force on the {howEn}, {Format(date)}, for school type {schoolType}";
        if (applicable.Count == 0)
        {
            return new BilingualText($"{head}: danh mục không có phiên bản nào cho loại trường này ({string.Join(", ", all.Select(f => f.Id))}).",
                $"{headEn}: the catalog has no version for this school type ({string.Join(", ", all.Select(f => f.Id))}).");
        }
        FrameworkVersion? before = applicable.LastOrDefault(f => f.EffectiveUntil is { } u && u < date);
        FrameworkVersion? after = applicable.FirstOrDefault(f => f.EffectiveFrom > date);
        string vi = head;
        string en = headEn;
        if (before is null && after is not null)
        {
            vi += $": trước {after.LegalDocument} (hiệu lực từ {Format(after.EffectiveFrom)}); văn bản trước đó chưa có trong thư viện";
            en += $": before {after.LegalDocument} (in force from {Format(after.EffectiveFrom)}); the earlier regulation is not shipped";
        }
        else if (before is not null && after is not null)
        {
            vi += $": khoảng trống từ {Format(before.EffectiveUntil!.Value.PlusDays(1))} đến {Format(after.EffectiveFrom.PlusDays(-1))} giữa {before.Id} và {after.Id}";
            en += $": a gap from {Format(before.EffectiveUntil!.Value.PlusDays(1))} to {Format(after.EffectiveFrom.PlusDays(-1))} between {before.Id} and {after.Id}";
        }
        else if (before is not null)
        {
            vi += $": {before.Id} hết hiệu lực ngày {Format(before.EffectiveUntil!.Value)} và chưa có văn bản thay thế trong thư viện";
            en += $": {before.Id} ended on {Format(before.EffectiveUntil!.Value)} and no successor is shipped";
        }
        if (after is not null && span.Contains(after.EffectiveFrom))
        {
            vi += $". {after.Id} có hiệu lực trong chính năm học này: ghi ngày ban hành (từ {Format(after.EffectiveFrom)}) để gắn với {after.Id}";
            en += $". {after.Id} takes effect during this very school year: give the issue date (from {Format(after.EffectiveFrom)}) to bind to {after.Id}";
        }
        return new BilingualText(vi + ".", en + ".");
    }

    private static string Label(SchoolType type) => type switch
    {
        SchoolType.LowerSecondary => "trường THCS",
        SchoolType.UpperSecondary => "trường THPT",
        SchoolType.MultiLevel => "trường phổ thông có nhiều cấp học",
        SchoolType.Primary => "trường tiểu học",
        SchoolType.Preschool => "trường mầm non",
        _ => "loại trường chưa rõ",
    };

    private static string Format(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
