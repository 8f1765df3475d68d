using System;
using CaiTien.Domain;

namespace CaiTien.Import;

/// <summary>Why a file could not be imported at all.</summary>
public enum ImportFailureReason
{
    /// <summary>Not used.</summary>
    Unspecified = 0,

    /// <summary>The file is empty.</summary>
    Empty = 1,

    /// <summary>The file is larger than the limit.</summary>
    TooLarge = 2,

    /// <summary>The file's name or media type is not one that is read (.docx, text).</summary>
    UnsupportedType = 3,

    /// <summary>The file is a PDF: its text must be exported first.</summary>
    Pdf = 4,

    /// <summary>The file is an old binary Word document (.doc) or an encrypted Office file.</summary>
    LegacyOrEncrypted = 5,

    /// <summary>The file is said to be a .docx but is not a zip package.</summary>
    NotZip = 6,

    /// <summary>The zip package is not a Word document, or is damaged.</summary>
    Malformed = 7,

    /// <summary>The package would expand beyond the limits (a zip bomb).</summary>
    ExpandsTooMuch = 8,

    /// <summary>The file is said to be text but is not valid UTF-8 or UTF-16 text.</summary>
    NotText = 9,

    /// <summary>The content is not what the name or media type says (a .docx that holds text, a .txt that holds a zip).</summary>
    ContentMismatch = 10,

    /// <summary>The file was read, but it holds no table and no document this package recognises.</summary>
    NothingRecognised = 11,
}

/// <summary>Why a file could not be imported: a reason and a message in Vietnamese and English.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ImportFailure
{
    /// <summary>Creates a failure.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="message">The message.</param>
    public ImportFailure(ImportFailureReason reason, BilingualText message)
    {
        Guard.Argument(Enum.IsDefined(reason) && reason != ImportFailureReason.Unspecified, "A failure needs a reason.");
        Reason = reason;
        Message = Guard.NotNull(message);
    }

    /// <summary>The reason.</summary>
    public ImportFailureReason Reason { get; }

    /// <summary>The message.</summary>
    public BilingualText Message { get; }

    /// <summary>Whether the failure is a resource limit (the file too large, or expanding too much) rather than bad input.</summary>
    public bool IsResourceLimit => Reason is ImportFailureReason.TooLarge or ImportFailureReason.ExpandsTooMuch;

    /// <inheritdoc/>
    public override string ToString() => $"{Reason}: {Message.Vietnamese}";

    internal static ImportFailure Of(ImportFailureReason reason, string vietnamese, string english) => new(reason, new BilingualText(vietnamese, english));
}
