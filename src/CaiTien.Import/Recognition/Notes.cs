using System.Collections.Generic;
using CaiTien.Domain;

namespace CaiTien.Import.Recognition;

/// <summary>The notes of one import, in the order they are made.</summary>
internal sealed class Notes
{
    private readonly List<ImportNote> notes = new();

    internal IReadOnlyList<ImportNote> All => notes;

    internal void Add(ImportNote note) => notes.Add(note);

    internal void AddRange(IEnumerable<ImportNote> more) => notes.AddRange(more);

    internal void Read(string code, SourceLocation source, string vietnamese, string english, string? text = null)
        => notes.Add(new ImportNote(NoteKind.Read, code, source, new BilingualText(vietnamese, english), text));

    internal void Inferred(string code, SourceLocation source, string vietnamese, string english, string? text = null)
        => notes.Add(new ImportNote(NoteKind.Inferred, code, source, new BilingualText(vietnamese, english), text));

    internal void Unread(string code, SourceLocation source, string vietnamese, string english, string? text = null)
        => notes.Add(new ImportNote(NoteKind.Unread, code, source, new BilingualText(vietnamese, english), text));
}
