using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>How sure the library is that a regulation's text or fact is what the regulation says, most certain first.</summary>
/// <remarks>
/// The labels of <c>reference/regulation-notes.md</c>. Only <see cref="Official"/> and <see cref="Confirmed"/> count as
/// verified; a finding that rests on anything less says so in its message.
/// </remarks>
public enum SourceCertainty
{
    /// <summary>Quoted from the official text of the regulation (the Ministry's own document).</summary>
    Official = 1,

    /// <summary>Quoted from a law publisher's page, or two independent sources agree on the text.</summary>
    Confirmed = 2,

    /// <summary>Several independent non-legal sources (school software) agree; no official or legal page seen.</summary>
    Corroborated = 3,

    /// <summary>One source, or one family of sources, only.</summary>
    SingleSource = 4,

    /// <summary>Reasoning from the sources; no source states it.</summary>
    Inferred = 5,
}

/// <summary>Whether a text is the regulation's own wording.</summary>
public enum WordingStatus
{
    /// <summary>Word for word as the source writes it.</summary>
    Verbatim = 1,

    /// <summary>
    /// The meaning is known but not the official Vietnamese wording: the text is a reconstruction (for instance from an
    /// English rendering of an amendment) and will be replaced when the official text is transcribed.
    /// </summary>
    Reconstructed = 2,

    /// <summary>
    /// An amendment may have changed this text and has not been transcribed yet: the text shown is the one before the
    /// amendment.
    /// </summary>
    NotYetTranscribed = 3,
}

/// <summary>Where a framework's text or fact comes from and how certain it is.</summary>
/// <remarks>
/// Immutable. Attached to a framework version (its text and its dates of validity), its standards, criteria, indicators
/// and additional requirements. Replacing a text by the official one is a change of data: the text and this record.
/// </remarks>
public sealed class Provenance
{
    /// <summary>Creates a record.</summary>
    /// <param name="certainty">How certain.</param>
    /// <param name="source">Where it comes from ("TT 18/2018, bản Word của Bộ GDĐT, Điều 21 khoản 4").</param>
    /// <param name="wording">Whether the wording is the regulation's.</param>
    /// <param name="amendedBy">The amending provision, when the text is an amendment's ("22/2024/TT-BGDĐT, khoản 16 Điều 2").</param>
    /// <param name="notes">What is not known, what to verify.</param>
    public Provenance(SourceCertainty certainty, string source, WordingStatus wording = WordingStatus.Verbatim, string? amendedBy = null,
        IEnumerable<string>? notes = null)
    {
        Certainty = Preconditions.CheckDefined(certainty);
        Source = Preconditions.CheckNotNull(source);
        Wording = Preconditions.CheckDefined(wording);
        AmendedBy = amendedBy ?? string.Empty;
        Notes = (notes ?? Enumerable.Empty<string>()).ToList().AsReadOnly();
        Preconditions.CheckArgument(Notes.All(n => n is not null), "Notes cannot contain null.");
    }

    /// <summary>How certain.</summary>
    public SourceCertainty Certainty { get; }

    /// <summary>Where it comes from.</summary>
    public string Source { get; }

    /// <summary>Whether the wording is the regulation's.</summary>
    public WordingStatus Wording { get; }

    /// <summary>The amending provision, or empty.</summary>
    public string AmendedBy { get; }

    /// <summary>What is not known, what to verify.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Whether the text is verified: official or confirmed, and word for word.</summary>
    public bool IsVerified => Certainty <= SourceCertainty.Confirmed && Wording == WordingStatus.Verbatim;

    /// <summary>The certainty's label in Vietnamese and English ("chính thức" / "official").</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns>The label.</returns>
    public static BilingualText Label(SourceCertainty certainty) => certainty switch
    {
        SourceCertainty.Official => new BilingualText("văn bản chính thức", "official text"),
        SourceCertainty.Confirmed => new BilingualText("đã xác nhận qua trang văn bản pháp luật", "confirmed by a legal publisher"),
        SourceCertainty.Corroborated => new BilingualText("nhiều nguồn phần mềm độc lập khớp nhau, chưa đối chiếu văn bản chính thức",
            "corroborated by independent software sources, not checked against the official text"),
        SourceCertainty.SingleSource => new BilingualText("một nguồn duy nhất, chưa đối chiếu văn bản chính thức",
            "a single source, not checked against the official text"),
        _ => new BilingualText("suy luận, chưa có nguồn nêu trực tiếp", "inferred, no source states it"),
    };

    /// <summary>
    /// A short caveat for a finding that rests on this text, or <c>null</c> when the text is verified:
    /// "căn cứ chưa kiểm chứng: …" / "rests on unverified text: …".
    /// </summary>
    /// <returns>The caveat or <c>null</c>.</returns>
    public BilingualText? Caveat()
    {
        if (IsVerified)
        {
            return null;
        }
        BilingualText label = Label(Certainty);
        string vi = label.Vietnamese;
        string en = label.English;
        switch (Wording)
        {
            case WordingStatus.Reconstructed:
                vi += "; lời văn tái dựng, chưa có bản tiếng Việt chính thức";
                en += "; wording reconstructed, official Vietnamese not found";
                break;
            case WordingStatus.NotYetTranscribed:
                vi += "; có thể đã được sửa đổi, chưa chép văn bản sửa đổi";
                en += "; may have been amended, amendment not yet transcribed";
                break;
        }
        return new BilingualText($"căn cứ chưa kiểm chứng: {vi}", $"rests on unverified text: {en}");
    }

    /// <summary>Returns the certainty and the source.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Certainty}, {Wording}: {Source}";
}
