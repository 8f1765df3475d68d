using System;

namespace CaiTien.Import.Layout;

/// <summary>How a paragraph is aligned.</summary>
public enum ParagraphAlignment
{
    /// <summary>Left (the default).</summary>
    Left = 0,

    /// <summary>Centred, as titles and the national motto are.</summary>
    Center = 1,

    /// <summary>Right.</summary>
    Right = 2,

    /// <summary>Justified, as body text usually is.</summary>
    Justify = 3,
}

/// <summary>
/// What a reader keeps of a paragraph's form and a writer reproduces: heading level, list label, emphasis, alignment and
/// a page break before it. Run-level formatting inside a paragraph is not kept: documents are read for their text.
/// </summary>
/// <remarks>Immutable. Equality compares every property. <see cref="Plain"/> is a left-aligned body paragraph.</remarks>
public sealed class ParagraphFormat : IEquatable<ParagraphFormat>
{
    /// <summary>Creates a format.</summary>
    /// <param name="headingLevel">0 for body text, 1 to 9 for a heading ("Heading 1" style or outline level).</param>
    /// <param name="listLabel">The list label as it would print ("1.", "a)", "-", "•"), or empty when not in a list.</param>
    /// <param name="listLevel">The list nesting level, 0 for the outermost.</param>
    /// <param name="bold">Whether the whole paragraph is bold.</param>
    /// <param name="italic">Whether the whole paragraph is italic.</param>
    /// <param name="alignment">The alignment.</param>
    /// <param name="pageBreakBefore">Whether a page break comes before the paragraph.</param>
    public ParagraphFormat(int headingLevel = 0, string? listLabel = null, int listLevel = 0, bool bold = false, bool italic = false,
        ParagraphAlignment alignment = ParagraphAlignment.Left, bool pageBreakBefore = false)
    {
        HeadingLevel = Guard.Range(headingLevel, 0, 9);
        ListLabel = listLabel ?? string.Empty;
        ListLevel = Guard.Range(listLevel, 0, 8);
        Bold = bold;
        Italic = italic;
        Guard.Argument(Enum.IsDefined(alignment), "Unknown alignment.");
        Alignment = alignment;
        PageBreakBefore = pageBreakBefore;
    }

    /// <summary>A left-aligned body paragraph, not in a list, without emphasis.</summary>
    public static ParagraphFormat Plain { get; } = new();

    /// <summary>0 for body text, 1 to 9 for a heading.</summary>
    public int HeadingLevel { get; }

    /// <summary>The list label as it would print, or empty.</summary>
    public string ListLabel { get; }

    /// <summary>The list nesting level.</summary>
    public int ListLevel { get; }

    /// <summary>Whether the paragraph is bold.</summary>
    public bool Bold { get; }

    /// <summary>Whether the paragraph is italic.</summary>
    public bool Italic { get; }

    /// <summary>The alignment.</summary>
    public ParagraphAlignment Alignment { get; }

    /// <summary>Whether a page break comes before the paragraph.</summary>
    public bool PageBreakBefore { get; }

    /// <inheritdoc/>
    public bool Equals(ParagraphFormat? other)
        => other is not null && HeadingLevel == other.HeadingLevel && ListLabel == other.ListLabel && ListLevel == other.ListLevel
           && Bold == other.Bold && Italic == other.Italic && Alignment == other.Alignment && PageBreakBefore == other.PageBreakBefore;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParagraphFormat);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HeadingLevel, ListLabel, ListLevel, Bold, Italic, Alignment, PageBreakBefore);
}
