using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace CaiTien.GrpcHost.Store;

/// <summary>
/// The store for several hosts on one PostgreSQL database. Writes run in READ COMMITTED transactions that lock the
/// document's row (FOR UPDATE) and its parent's (FOR SHARE) before checking the etag, so that concurrent writers
/// through any host serialise per document and never lose an update. Names sort bytewise (COLLATE "C"), as in SQLite.
/// Migrations are numbered and each runs in its own transaction under an advisory lock, so that hosts starting
/// together migrate once.
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore, IDisposable
{
    /// <summary>The schema, one migration per version. Never edit one: add the next.</summary>
    internal static readonly string[] Migrations =
    {
        """
        CREATE TABLE documents (
            name text COLLATE "C" NOT NULL PRIMARY KEY,
            kind integer NOT NULL,
            parent text COLLATE "C" NOT NULL,
            etag text NOT NULL,
            version bigint NOT NULL,
            schema integer NOT NULL,
            data bytea NOT NULL,
            sort_key text COLLATE "C" NOT NULL DEFAULT '',
            create_time bigint NOT NULL,
            update_time bigint NOT NULL,
            approve_time bigint,
            approver text
        );
        CREATE INDEX documents_by_parent ON documents (kind, parent, name);
        CREATE INDEX documents_by_recency ON documents (kind, parent, sort_key, create_time);
        CREATE TABLE revisions (
            name text COLLATE "C" NOT NULL,
            revision bigint NOT NULL,
            kind integer NOT NULL,
            action integer NOT NULL,
            actor text NOT NULL,
            time bigint NOT NULL,
            fields text NOT NULL,
            etag_before text NOT NULL,
            etag_after text NOT NULL,
            schema integer NOT NULL,
            data bytea,
            PRIMARY KEY (name, revision)
        );
        """,
        """
        ALTER TABLE documents ADD COLUMN link text COLLATE "C" NOT NULL DEFAULT '';
        ALTER TABLE revisions ADD COLUMN link text COLLATE "C" NOT NULL DEFAULT '';
        """,
    };

    // An arbitrary constant: the advisory lock that serialises migrations across hosts.
    private const long MigrationLock = 0x43_61_69_54_69_65_6E;

    private const string Columns = "name, kind, parent, etag, version, schema, data, sort_key, link, create_time, update_time, approve_time, approver";

    private readonly NpgsqlDataSource dataSource;
    private readonly IClock clock;

    public PostgresDocumentStore(string connectionString, IClock clock, ILogger<PostgresDocumentStore> logger)
    {
        this.clock = clock;
        dataSource = NpgsqlDataSource.Create(connectionString);
        int applied = Migrate();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        logger.LogInformation("Store postgresql://{Host}:{Port}/{Database} ready: schema version {Version} ({Applied} migrations applied now)",
            builder.Host, builder.Port, builder.Database, Migrations.Length, applied);
    }

    private int Migrate()
    {
        using NpgsqlConnection connection = dataSource.OpenConnection();
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);");
        int applied = 0;
        while (true)
        {
            using NpgsqlTransaction tx = connection.BeginTransaction();
            Execute(connection, tx, $"SELECT pg_advisory_xact_lock({MigrationLock});");
            using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, tx);
            int version = Convert.ToInt32(read.ExecuteScalar());
            if (version >= Migrations.Length)
            {
                tx.Commit();
                return applied;
            }
            Execute(connection, tx, Migrations[version]);
            using (var record = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES (@v);", connection, tx))
            {
                record.Parameters.AddWithValue("v", version + 1);
                record.ExecuteNonQuery();
            }
            tx.Commit();
            applied++;
        }
    }

    public async Task<StoredDocument?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM documents WHERE name = @name;", connection);
        command.Parameters.AddWithValue("name", name);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<DocumentPage> ListAsync(DocumentKind kind, string parent, string? after, int limit, long maxBytes, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns}, octet_length(data) FROM documents WHERE kind = @kind AND parent = @parent AND name > @after ORDER BY name LIMIT @limit;", connection);
        command.Parameters.AddWithValue("kind", (int)kind);
        command.Parameters.AddWithValue("parent", parent);
        command.Parameters.AddWithValue("after", after ?? string.Empty);
        command.Parameters.AddWithValue("limit", limit + 1);
        var result = new List<StoredDocument>();
        long bytes = 0;
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long size = reader.GetInt32(13);
            if (result.Count == limit || (result.Count > 0 && bytes + size > maxBytes))
            {
                return new DocumentPage(result, true);
            }
            bytes += size;
            result.Add(Read(reader));
        }
        return new DocumentPage(result, false);
    }

    public async Task<IReadOnlyList<StoredDocument>> LatestAsync(DocumentKind kind, string parent, int limit, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {Columns} FROM documents WHERE kind = @kind AND parent = @parent
              AND sort_key = (SELECT MAX(sort_key) FROM documents WHERE kind = @kind AND parent = @parent)
            ORDER BY create_time DESC, name DESC LIMIT @limit;
            """, connection);
        command.Parameters.AddWithValue("kind", (int)kind);
        command.Parameters.AddWithValue("parent", parent);
        command.Parameters.AddWithValue("limit", limit);
        var result = new List<StoredDocument>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }
        return result;
    }

    public Task<WriteResult> CreateAsync(string name, DocumentKind kind, string parent, DocumentContent content, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, async (connection, tx) =>
        {
            if (kind != DocumentKind.Plan && await Current(connection, tx, parent, "FOR SHARE", cancellationToken) is null)
            {
                return new WriteResult(WriteOutcome.ParentNotFound, null);
            }
            Instant now = clock.GetCurrentInstant();
            long guess = await NextRevision(connection, tx, name, 0, cancellationToken);
            var document = new StoredDocument(name, kind, parent, StoreRules.Etag(guess, content.Data, null), guess, content.Schema, content.Data,
                content.SortKey, content.Link, now, now, null, null);
            // ON CONFLICT waits for a concurrent insert or delete of the same name to finish: one creator wins.
            if (!await Insert(connection, tx, document, cancellationToken))
            {
                return new WriteResult(WriteOutcome.AlreadyExists, null);
            }
            // Holding the new row, every earlier revision of the name is committed and visible: number this one after them.
            long revision = await NextRevision(connection, tx, name, 0, cancellationToken);
            if (revision != guess)
            {
                document = document with { Revision = revision, Etag = StoreRules.Etag(revision, content.Data, null) };
                await Replace(connection, tx, document, cancellationToken);
            }
            await Record(connection, tx, document, RevisionAction.Create, change, string.Empty, now, true, cancellationToken);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> UpdateAsync(string name, DocumentContent content, string expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, async (connection, tx) =>
        {
            StoredDocument? current = await Current(connection, tx, name, "FOR UPDATE", cancellationToken);
            if (Refusal(current, expectedEtag) is { } refused)
            {
                return refused;
            }
            Instant now = clock.GetCurrentInstant();
            long revision = await NextRevision(connection, tx, name, current!.Revision, cancellationToken);
            var document = current with
            {
                Etag = StoreRules.Etag(revision, content.Data, null), Revision = revision, Schema = content.Schema, Data = content.Data,
                SortKey = content.SortKey, Link = content.Link, UpdateTime = now,
            };
            await Replace(connection, tx, document, cancellationToken);
            await Record(connection, tx, document, RevisionAction.Update, change, current.Etag, now, true, cancellationToken);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> ApproveAsync(string name, string expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, async (connection, tx) =>
        {
            StoredDocument? current = await Current(connection, tx, name, "FOR UPDATE", cancellationToken);
            if (Refusal(current, expectedEtag) is { } refused)
            {
                return refused;
            }
            Instant now = clock.GetCurrentInstant();
            long revision = await NextRevision(connection, tx, name, current!.Revision, cancellationToken);
            var document = current with
            {
                Etag = StoreRules.Etag(revision, current.Data, now), Revision = revision, UpdateTime = now, ApproveTime = now, Approver = change.Actor,
            };
            await Replace(connection, tx, document, cancellationToken);
            await Record(connection, tx, document, RevisionAction.Approve, change, current.Etag, now, true, cancellationToken);
            return new WriteResult(WriteOutcome.Written, document);
        });

    public Task<WriteResult> DeleteAsync(string name, string? expectedEtag, Change change, CancellationToken cancellationToken)
        => Write(cancellationToken, async (connection, tx) =>
        {
            StoredDocument? current = await Current(connection, tx, name, "FOR UPDATE", cancellationToken);
            if (current is null)
            {
                return new WriteResult(WriteOutcome.NotFound, null);
            }
            if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != current.Etag)
            {
                return new WriteResult(WriteOutcome.StaleEtag, null, current.Etag);
            }
            var (from, to) = StoreRules.Descendants(name);
            var doomed = new List<StoredDocument> { current };
            await using (var children = new NpgsqlCommand($"SELECT {Columns} FROM documents WHERE name > @from AND name < @to FOR UPDATE;", connection, tx))
            {
                children.Parameters.AddWithValue("from", from);
                children.Parameters.AddWithValue("to", to);
                await using NpgsqlDataReader reader = await children.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    doomed.Add(Read(reader));
                }
            }
            if (doomed.Exists(d => d.IsApproved))
            {
                return new WriteResult(WriteOutcome.Approved, null, current.Etag);
            }
            Instant now = clock.GetCurrentInstant();
            foreach (StoredDocument d in doomed)
            {
                long revision = await NextRevision(connection, tx, d.Name, d.Revision, cancellationToken);
                await Record(connection, tx, d with { Revision = revision, Etag = string.Empty, Data = Array.Empty<byte>() }, RevisionAction.Delete,
                    d.Name == name ? change : new Change(change.Actor, new[] { "parent deleted" }), d.Etag, now, false, cancellationToken);
            }
            await using var delete = new NpgsqlCommand("DELETE FROM documents WHERE name = @name OR (name > @from AND name < @to);", connection, tx);
            delete.Parameters.AddWithValue("name", name);
            delete.Parameters.AddWithValue("from", from);
            delete.Parameters.AddWithValue("to", to);
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return new WriteResult(WriteOutcome.Written, null);
        });

    public async Task<IReadOnlyList<StoredRevision>> ListRevisionsAsync(string name, long after, int limit, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link FROM revisions WHERE name = @name AND revision > @after ORDER BY revision LIMIT @limit;",
            connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", limit);
        var result = new List<StoredRevision>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadRevision(reader, withData: false));
        }
        return result;
    }

    public async Task<StoredRevision?> GetRevisionAsync(string name, long revision, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link, data FROM revisions WHERE name = @name AND revision = @revision;",
            connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("revision", revision);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRevision(reader, withData: true) : null;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM schema_version;", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) >= 0;
    }

    public void Dispose() => dataSource.Dispose();

    private static WriteResult? Refusal(StoredDocument? current, string expectedEtag)
    {
        if (current is null)
        {
            return new WriteResult(WriteOutcome.NotFound, null);
        }
        if (expectedEtag != current.Etag)
        {
            return new WriteResult(WriteOutcome.StaleEtag, null, current.Etag);
        }
        return current.IsApproved ? new WriteResult(WriteOutcome.Approved, null, current.Etag) : null;
    }

    private async Task<WriteResult> Write(CancellationToken cancellationToken, Func<NpgsqlConnection, NpgsqlTransaction, Task<WriteResult>> work)
    {
        await using NpgsqlConnection connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        WriteResult result = await work(connection, tx);
        if (result.Outcome == WriteOutcome.Written)
        {
            // Not cancellable from here: a commit that the client stopped waiting for must still complete or fail whole.
            await tx.CommitAsync(CancellationToken.None);
        }
        else
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
        return result;
    }

    private static async Task<StoredDocument?> Current(NpgsqlConnection connection, NpgsqlTransaction tx, string name, string lockMode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM documents WHERE name = @name {lockMode};", connection, tx);
        command.Parameters.AddWithValue("name", name);
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static async Task<long> NextRevision(NpgsqlConnection connection, NpgsqlTransaction tx, string name, long current, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(revision), 0) FROM revisions WHERE name = @name;", connection, tx);
        command.Parameters.AddWithValue("name", name);
        return Math.Max(current, Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken))) + 1;
    }

    private static async Task<bool> Insert(NpgsqlConnection connection, NpgsqlTransaction tx, StoredDocument d, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO documents (name, kind, parent, etag, version, schema, data, sort_key, link, create_time, update_time, approve_time, approver)
            VALUES (@name, @kind, @parent, @etag, @version, @schema, @data, @sort, @link, @create, @update, @approve, @approver)
            ON CONFLICT (name) DO NOTHING;
            """, connection, tx);
        Bind(command, d);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task Replace(NpgsqlConnection connection, NpgsqlTransaction tx, StoredDocument d, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE documents SET etag = @etag, version = @version, schema = @schema, data = @data, sort_key = @sort, link = @link, update_time = @update,
              approve_time = @approve, approver = @approver
            WHERE name = @name;
            """, connection, tx);
        Bind(command, d);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Bind(NpgsqlCommand command, StoredDocument d)
    {
        command.Parameters.AddWithValue("name", d.Name);
        command.Parameters.AddWithValue("kind", (int)d.Kind);
        command.Parameters.AddWithValue("parent", d.Parent);
        command.Parameters.AddWithValue("etag", d.Etag);
        command.Parameters.AddWithValue("version", d.Revision);
        command.Parameters.AddWithValue("schema", d.Schema);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Bytea, d.Data);
        command.Parameters.AddWithValue("sort", d.SortKey);
        command.Parameters.AddWithValue("link", d.Link);
        command.Parameters.AddWithValue("create", d.CreateTime.ToUnixTimeTicks());
        command.Parameters.AddWithValue("update", d.UpdateTime.ToUnixTimeTicks());
        command.Parameters.AddWithValue("approve", NpgsqlDbType.Bigint, d.ApproveTime is { } a ? a.ToUnixTimeTicks() : DBNull.Value);
        command.Parameters.AddWithValue("approver", NpgsqlDbType.Text, (object?)d.Approver ?? DBNull.Value);
    }

    private static async Task Record(NpgsqlConnection connection, NpgsqlTransaction tx, StoredDocument d, RevisionAction action, Change change, string etagBefore, Instant now, bool withData, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO revisions (name, revision, kind, action, actor, time, fields, etag_before, etag_after, schema, link, data)
            VALUES (@name, @revision, @kind, @action, @actor, @time, @fields, @before, @after, @schema, @link, @data);
            """, connection, tx);
        command.Parameters.AddWithValue("name", d.Name);
        command.Parameters.AddWithValue("revision", d.Revision);
        command.Parameters.AddWithValue("kind", (int)d.Kind);
        command.Parameters.AddWithValue("action", (int)action);
        command.Parameters.AddWithValue("actor", change.Actor);
        command.Parameters.AddWithValue("time", now.ToUnixTimeTicks());
        command.Parameters.AddWithValue("fields", StoreRules.JoinFields(change.Fields));
        command.Parameters.AddWithValue("before", etagBefore);
        command.Parameters.AddWithValue("after", d.Etag);
        command.Parameters.AddWithValue("schema", d.Schema);
        command.Parameters.AddWithValue("link", d.Link);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Bytea, withData ? d.Data : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static StoredDocument Read(NpgsqlDataReader r)
        => new(r.GetString(0), (DocumentKind)r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt32(5), (byte[])r.GetValue(6),
            r.GetString(7), r.GetString(8), Instant.FromUnixTimeTicks(r.GetInt64(9)), Instant.FromUnixTimeTicks(r.GetInt64(10)),
            r.IsDBNull(11) ? null : Instant.FromUnixTimeTicks(r.GetInt64(11)), r.IsDBNull(12) ? null : r.GetString(12));

    private static StoredRevision ReadRevision(NpgsqlDataReader r, bool withData)
        => new(r.GetString(0), r.GetInt64(1), (DocumentKind)r.GetInt32(2), (RevisionAction)r.GetInt32(3), r.GetString(4),
            Instant.FromUnixTimeTicks(r.GetInt64(5)), StoreRules.SplitFields(r.GetString(6)), r.GetString(7), r.GetString(8), r.GetInt32(9),
            withData && !r.IsDBNull(11) ? (byte[])r.GetValue(11) : null, r.GetString(10));

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, tx);
        command.ExecuteNonQuery();
    }
}
