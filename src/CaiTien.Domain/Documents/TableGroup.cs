using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Documents;

/// <summary>
/// A standard heading row of a document's table (kế hoạch, báo cáo) and the rows under it: a plan's items or a report's
/// rows.
/// </summary>
/// <typeparam name="TRow">The kind of row: <see cref="Plans.PlanItem"/> or <see cref="Reports.ReportRow"/>.</typeparam>
/// <remarks>
/// Immutable. The heading is kept as written and read as a <see cref="StandardHeading"/>; a heading that names the
/// wrong standard or carries another circular's title is representable, so that the checker can report it. Build one
/// from the catalog with <see cref="TableGroup.For{TRow}(Standard, IEnumerable{TRow})"/> to get the official title.
/// </remarks>
public sealed class TableGroup<TRow>
    where TRow : class
{
    /// <summary>Creates a group from its heading as written.</summary>
    /// <param name="rowNumber">The heading's number in the TT column, as written ("4"), or <c>null</c> when the cell is empty.</param>
    /// <param name="heading">The heading as written ("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh").</param>
    /// <param name="rows">The rows under it, in order.</param>
    public TableGroup(string? rowNumber, string heading, IEnumerable<TRow> rows)
    {
        RowNumber = VietnameseText.Normalize(rowNumber);
        Heading = StandardHeading.Read(heading);
        Rows = Preconditions.CheckNotNull(rows).ToList().AsReadOnly();
        Preconditions.CheckArgument(Rows.All(r => r is not null), "Rows cannot contain null.");
    }

    /// <summary>The TT number as written; empty when the cell is empty.</summary>
    public string RowNumber { get; }

    /// <summary>The heading.</summary>
    public StandardHeading Heading { get; }

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<TRow> Rows { get; }
}

/// <summary>Creates <see cref="TableGroup{TRow}"/>s from the catalog.</summary>
public static class TableGroup
{
    /// <summary>A group under a standard's official heading ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"), numbered as the standard.</summary>
    /// <typeparam name="TRow">The kind of row.</typeparam>
    /// <param name="standard">The standard, from the document's framework.</param>
    /// <param name="rows">The rows under it, in order.</param>
    /// <returns>The group.</returns>
    public static TableGroup<TRow> For<TRow>(Standard standard, params IEnumerable<TRow> rows)
        where TRow : class
        => new(Preconditions.CheckNotNull(standard).Number.ToString(), standard.ToString(), rows);
}
