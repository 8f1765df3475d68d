using System;
using CaiTien.Domain;

namespace CaiTien.Import;

/// <summary>What a note says about a reading.</summary>
public enum NoteKind
{
    /// <summary>Something was read as written: the note says what and where.</summary>
    Read = 0,

    /// <summary>A reading was inferred (a column guessed, a code repaired, a year deduced): check it.</summary>
    Inferred = 1,

    /// <summary>Something could not be read or placed; the note carries its text.</summary>
    Unread = 2,
}

/// <summary>
/// A note on an import: what kind of reading it records, where in the file, a message in Vietnamese and English, and the
/// source text concerned (in full for text that could not be placed, so that nothing is dropped silently).
/// </summary>
/// <remarks>Immutable. Codes are stable ("IMP…"); messages may be reworded.</remarks>
public sealed class ImportNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="kind">The kind of reading.</param>
    /// <param name="code">A stable code ("IMP201").</param>
    /// <param name="source">Where in the file.</param>
    /// <param name="message">What was read, inferred or not read.</param>
    /// <param name="text">The source text concerned, if any.</param>
    public ImportNote(NoteKind kind, string code, SourceLocation source, BilingualText message, string? text = null)
    {
        Guard.Argument(Enum.IsDefined(kind), "Unknown note kind.");
        Kind = kind;
        Code = Guard.NotNull(code);
        Source = Guard.NotNull(source);
        Message = Guard.NotNull(message);
        Text = text ?? string.Empty;
    }

    /// <summary>The kind of reading.</summary>
    public NoteKind Kind { get; }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>Where in the file.</summary>
    public SourceLocation Source { get; }

    /// <summary>The message.</summary>
    public BilingualText Message { get; }

    /// <summary>The source text concerned, or empty.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Kind} [{Source}] {Message.Vietnamese}{(Text.Length > 0 ? " — \"" + Shorten(Text) + "\"" : string.Empty)}";

    private static string Shorten(string text) => text.Length <= 120 ? text : text.Substring(0, 120) + "…";
}
