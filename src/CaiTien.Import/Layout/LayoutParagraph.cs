namespace CaiTien.Import.Layout;

/// <summary>A paragraph: its text (line breaks inside it kept as <c>\n</c>, tabs as <c>\t</c>) and its form.</summary>
/// <remarks>
/// Immutable. The text is in Unicode NFC with control characters other than line breaks and tabs removed; it is not
/// otherwise cleaned, so that a recogniser sees what the author typed. The list label is not part of the text.
/// </remarks>
public sealed class LayoutParagraph : LayoutBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="format">Its form; <see cref="ParagraphFormat.Plain"/> when <c>null</c>.</param>
    /// <param name="source">Where it was read.</param>
    public LayoutParagraph(string? text, ParagraphFormat? format = null, SourceLocation? source = null)
        : base(source)
    {
        Text = LayoutText.Clean(text);
        Format = format ?? ParagraphFormat.Plain;
    }

    /// <inheritdoc/>
    public override string Text { get; }

    /// <summary>The paragraph's form.</summary>
    public ParagraphFormat Format { get; }

    /// <summary>The text with its list label in front ("1. Mô tả hiện trạng"), as a reader of the printed page sees it.</summary>
    public string DisplayText => Format.ListLabel.Length == 0 ? Text : Format.ListLabel + " " + Text;

    /// <inheritdoc/>
    public override string ToString() => DisplayText;
}
