namespace CaiTien.Import.Layout;

/// <summary>A block of a document's body: a <see cref="LayoutParagraph"/> or a <see cref="LayoutTable"/>.</summary>
/// <remarks>Closed: only this package defines blocks. Immutable.</remarks>
public abstract class LayoutBlock
{
    private protected LayoutBlock(SourceLocation? source) => Source = source ?? SourceLocation.Unknown;

    /// <summary>Where the block was read; <see cref="SourceLocation.Unknown"/> for a block built in code.</summary>
    public SourceLocation Source { get; }

    /// <summary>The block's text: a paragraph's text, or a table's cells joined by tabs and its rows by line breaks.</summary>
    public abstract string Text { get; }
}
