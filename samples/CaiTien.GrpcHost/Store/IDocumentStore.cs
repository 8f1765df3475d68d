using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace CaiTien.GrpcHost.Store;

/// <summary>The kinds of stored document.</summary>
public enum DocumentKind
{
    Plan = 1,
    Report = 2,
    Supervision = 3,
}

/// <summary>
/// A stored document: its resource name, parent, opaque etag, revision number, content (in the format
/// <see cref="Schema"/> names), the key that orders its siblings by recency, the name of a document it links to (a
/// plan's adjusted plan), and its approval when approved.
/// </summary>
public sealed record StoredDocument(
    string Name, DocumentKind Kind, string Parent, string Etag, long Revision, int Schema, byte[] Data, string SortKey, string Link,
    Instant CreateTime, Instant UpdateTime, Instant? ApproveTime, string? Approver)
{
    /// <summary>Whether the document was approved (signed and issued): it can no longer change.</summary>
    public bool IsApproved => ApproveTime is not null;
}

/// <summary>What a write stores: the content, its format, the recency key ("2024-05-20", or empty) and the linked document's name (or empty).</summary>
public sealed record DocumentContent(byte[] Data, int Schema, string SortKey = "", string Link = "");

/// <summary>Who made a write and which fields it changed, for the audit trail.</summary>
public sealed record Change(string Actor, IReadOnlyList<string> Fields)
{
    public static Change By(string actor, params string[] fields) => new(actor, fields);
}

/// <summary>Why a write did not happen.</summary>
public enum WriteOutcome
{
    Written = 0,
    NotFound = 1,
    AlreadyExists = 2,
    StaleEtag = 3,
    ParentNotFound = 4,
    /// <summary>The document (or, for a delete, a document under it) is approved and cannot change.</summary>
    Approved = 5,
}

/// <summary>The result of a write: the stored document when written, else why not (and the current etag when stale).</summary>
public sealed record WriteResult(WriteOutcome Outcome, StoredDocument? Document, string? CurrentEtag = null);

/// <summary>One page of documents and whether more follow.</summary>
public sealed record DocumentPage(IReadOnlyList<StoredDocument> Documents, bool More);

/// <summary>What a write did.</summary>
public enum RevisionAction
{
    Create = 1,
    Update = 2,
    Approve = 3,
    Delete = 4,
}

/// <summary>
/// One write of a document, kept for ever: who, when, which fields, the etags before and after, and the content after
/// (none for a delete, and none in lists).
/// </summary>
public sealed record StoredRevision(
    string Name, long Revision, DocumentKind Kind, RevisionAction Action, string Actor, Instant Time, IReadOnlyList<string> Fields,
    string EtagBefore, string EtagAfter, int Schema, byte[]? Data, string Link);

/// <summary>
/// Where the host keeps plans, reports and supervision records, with their history. Every write is atomic, conditional
/// on the etag it was given, refused on an approved document, and recorded as a revision in the same transaction, so
/// concurrent writers (on one host or several sharing a database) never lose an update and no write goes unrecorded.
/// SQLite by default; PostgreSQL for several hosts. Both pass the same contract tests.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Documents of a kind under a parent, by name, after <paramref name="after"/> (exclusive): at most
    /// <paramref name="limit"/>, and no more content than <paramref name="maxBytes"/> (but at least one document).
    /// </summary>
    Task<DocumentPage> ListAsync(DocumentKind kind, string parent, string? after, int limit, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The documents of a kind under a parent that share the greatest recency key, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredDocument>> LatestAsync(DocumentKind kind, string parent, int limit, CancellationToken cancellationToken);

    /// <summary>Creates a document; its parent (when not a school) must exist.</summary>
    Task<WriteResult> CreateAsync(string name, DocumentKind kind, string parent, DocumentContent content, Change change, CancellationToken cancellationToken);

    /// <summary>Replaces a document's content when <paramref name="expectedEtag"/> is its current etag and it is not approved.</summary>
    Task<WriteResult> UpdateAsync(string name, DocumentContent content, string expectedEtag, Change change, CancellationToken cancellationToken);

    /// <summary>Approves a document when <paramref name="expectedEtag"/> is its current etag; from then on it cannot change.</summary>
    Task<WriteResult> ApproveAsync(string name, string expectedEtag, Change change, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a document and everything under it, when <paramref name="expectedEtag"/> is empty or current and none of
    /// them is approved.
    /// </summary>
    Task<WriteResult> DeleteAsync(string name, string? expectedEtag, Change change, CancellationToken cancellationToken);

    /// <summary>A document's revisions after <paramref name="after"/>, oldest first, without their content.</summary>
    Task<IReadOnlyList<StoredRevision>> ListRevisionsAsync(string name, long after, int limit, CancellationToken cancellationToken);

    /// <summary>One revision with its content, or <c>null</c>.</summary>
    Task<StoredRevision?> GetRevisionAsync(string name, long revision, CancellationToken cancellationToken);

    /// <summary>Whether the store answers.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}

/// <summary>What both stores compute the same way.</summary>
internal static class StoreRules
{
    /// <summary>"{revision}-{12 hex digits of the content's and approval's hash}": changes with every write.</summary>
    public static string Etag(long revision, byte[] data, Instant? approveTime)
    {
        Span<byte> hash = stackalloc byte[32];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        if (approveTime is { } t)
        {
            sha.AppendData(BitConverter.GetBytes(t.ToUnixTimeTicks()));
        }
        sha.GetHashAndReset(hash);
        return $"{revision}-{Convert.ToHexString(hash.Slice(0, 6)).ToLowerInvariant()}";
    }

    /// <summary>The fields, as stored: comma-separated paths.</summary>
    public static string JoinFields(IReadOnlyList<string> fields) => string.Join(',', fields);

    public static IReadOnlyList<string> SplitFields(string fields) => fields.Length == 0 ? Array.Empty<string>() : fields.Split(',');

    /// <summary>Names strictly under <paramref name="name"/> sort between these two bounds (names use a-z, 0-9, '-' and '/').</summary>
    public static (string From, string To) Descendants(string name) => (name + "/", name + "0");
}
