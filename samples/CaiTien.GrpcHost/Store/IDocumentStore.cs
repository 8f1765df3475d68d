using System.Collections.Generic;
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

/// <summary>A stored document: its resource name, parent, opaque etag and serialized content.</summary>
public sealed record StoredDocument(string Name, DocumentKind Kind, string Parent, string Etag, byte[] Data, Instant CreateTime, Instant UpdateTime);

/// <summary>Why a write did not happen.</summary>
public enum WriteOutcome
{
    Written = 0,
    NotFound = 1,
    AlreadyExists = 2,
    StaleEtag = 3,
    ParentNotFound = 4,
}

/// <summary>The result of a write: the stored document when written, else why not (and the current etag when stale).</summary>
public sealed record WriteResult(WriteOutcome Outcome, StoredDocument? Document, string? CurrentEtag = null);

/// <summary>
/// Where the host keeps plans, reports and supervision records. Every write is atomic and conditional on the etag
/// it was given, so concurrent writers never lose an update. SQLite by default; the same contract fits PostgreSQL
/// for several stateless hosts behind a load balancer.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Documents of a kind under a parent, by name, after <paramref name="after"/> (exclusive), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StoredDocument>> ListAsync(DocumentKind kind, string parent, string? after, int limit, CancellationToken cancellationToken);

    /// <summary>Creates a document; its parent (when not a school) must exist.</summary>
    Task<WriteResult> CreateAsync(string name, DocumentKind kind, string parent, byte[] data, CancellationToken cancellationToken);

    /// <summary>Replaces a document when <paramref name="expectedEtag"/> is its current etag; with <c>null</c>, creates or replaces unconditionally.</summary>
    Task<WriteResult> UpdateAsync(string name, DocumentKind kind, string parent, byte[] data, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>Deletes a document and everything under it, when <paramref name="expectedEtag"/> is empty or current.</summary>
    Task<WriteResult> DeleteAsync(string name, string? expectedEtag, CancellationToken cancellationToken);

    /// <summary>Whether the store answers.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}
