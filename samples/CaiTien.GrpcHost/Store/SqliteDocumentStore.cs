using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaiTien.GrpcHost.Store;

/// <summary>
/// The default store: one SQLite file, created on first run, in WAL mode, with numbered schema migrations. Each write
/// runs in one immediate transaction and checks the etag inside it.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>The schema, one migration per version; applied in order, each in its own transaction.</summary>
    private static readonly string[] Migrations =
    {
        """
        CREATE TABLE documents (
            name TEXT NOT NULL PRIMARY KEY,
            kind INTEGER NOT NULL,
            parent TEXT NOT NULL,
            etag TEXT NOT NULL,
            version INTEGER NOT NULL,
            data BLOB NOT NULL,
            create_time INTEGER NOT NULL,
            update_time INTEGER NOT NULL
        );
        CREATE INDEX documents_by_parent ON documents (kind, parent, name);
        """,
    };

    private readonly string connectionString;
    private readonly IClock clock;

    public SqliteDocumentStore(string path, IClock clock, ILogger<SqliteDocumentStore> logger)
    {
        this.clock = clock;
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private, DefaultTimeout = 30, Pooling = true }.ToString();
        using SqliteConnection connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        int applied = Migrate(connection);
        logger.LogInformation("Store {Path} ready: schema version {Version} ({Applied} migrations applied now)", full, Migrations.Length, applied);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    private static int Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        int applied = 0;
        while (true)
        {
            using SqliteTransaction tx = connection.BeginTransaction();
            using var read = new SqliteCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, tx);
            int version = Convert.ToInt32(read.ExecuteScalar());
            if (version >= Migrations.Length)
            {
                tx.Commit();
                return applied;
            }
            using (var migrate = new SqliteCommand(Migrations[version], connection, tx))
            {
                migrate.ExecuteNonQuery();
            }
            using (var record = new SqliteCommand("INSERT INTO schema_version (version) VALUES ($v);", connection, tx))
            {
                record.Parameters.AddWithValue("$v", version + 1);
                record.ExecuteNonQuery();
            }
            tx.Commit();
            applied++;
        }
    }

    public async Task<StoredDocument?> GetAsync(string name, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand("SELECT name, kind, parent, etag, data, create_time, update_time FROM documents WHERE name = $name;", connection);
        command.Parameters.AddWithValue("$name", name);
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(DocumentKind kind, string parent, string? after, int limit, CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand(
            "SELECT name, kind, parent, etag, data, create_time, update_time FROM documents WHERE kind = $kind AND parent = $parent AND name > $after ORDER BY name LIMIT $limit;",
            connection);
        command.Parameters.AddWithValue("$kind", (int)kind);
        command.Parameters.AddWithValue("$parent", parent);
        command.Parameters.AddWithValue("$after", after ?? string.Empty);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<StoredDocument>();
        using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader));
        }
        return result;
    }

    public Task<WriteResult> CreateAsync(string name, DocumentKind kind, string parent, byte[] data, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            if (kind != DocumentKind.Plan && Current(connection, tx, parent) is null)
            {
                return new WriteResult(WriteOutcome.ParentNotFound, null);
            }
            if (Current(connection, tx, name) is not null)
            {
                return new WriteResult(WriteOutcome.AlreadyExists, null);
            }
            return new WriteResult(WriteOutcome.Written, Insert(connection, tx, name, kind, parent, data, 1, null));
        });

    public Task<WriteResult> UpdateAsync(string name, DocumentKind kind, string parent, byte[] data, string? expectedEtag, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            (string Etag, long Version, long Created)? current = Current(connection, tx, name);
            if (current is null)
            {
                if (expectedEtag is null && (kind == DocumentKind.Plan || Current(connection, tx, parent) is not null))
                {
                    return new WriteResult(WriteOutcome.Written, Insert(connection, tx, name, kind, parent, data, 1, null));
                }
                return new WriteResult(expectedEtag is null ? WriteOutcome.ParentNotFound : WriteOutcome.NotFound, null);
            }
            if (expectedEtag is not null && expectedEtag != current.Value.Etag)
            {
                return new WriteResult(WriteOutcome.StaleEtag, null, current.Value.Etag);
            }
            return new WriteResult(WriteOutcome.Written, Insert(connection, tx, name, kind, parent, data, current.Value.Version + 1, current.Value.Created));
        });

    public Task<WriteResult> DeleteAsync(string name, string? expectedEtag, CancellationToken cancellationToken)
        => Write(cancellationToken, (connection, tx) =>
        {
            (string Etag, long Version, long Created)? current = Current(connection, tx, name);
            if (current is null)
            {
                return new WriteResult(WriteOutcome.NotFound, null);
            }
            if (!string.IsNullOrEmpty(expectedEtag) && expectedEtag != current.Value.Etag)
            {
                return new WriteResult(WriteOutcome.StaleEtag, null, current.Value.Etag);
            }
            using var delete = new SqliteCommand("DELETE FROM documents WHERE name = $name OR (name > $prefix AND name < $end);", connection, tx);
            delete.Parameters.AddWithValue("$name", name);
            delete.Parameters.AddWithValue("$prefix", name + "/");
            delete.Parameters.AddWithValue("$end", name + "0");
            delete.ExecuteNonQuery();
            return new WriteResult(WriteOutcome.Written, null);
        });

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        using SqliteConnection connection = Open();
        using var command = new SqliteCommand("SELECT COUNT(*) FROM schema_version;", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) >= 0;
    }

    private async Task<WriteResult> Write(CancellationToken cancellationToken, Func<SqliteConnection, SqliteTransaction, WriteResult> work)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        using SqliteConnection connection = Open();
        using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        WriteResult result = work(connection, tx);
        if (result.Outcome == WriteOutcome.Written)
        {
            cancellationToken.ThrowIfCancellationRequested();
            tx.Commit();
        }
        else
        {
            tx.Rollback();
        }
        return result;
    }

    private static (string Etag, long Version, long Created)? Current(SqliteConnection connection, SqliteTransaction tx, string name)
    {
        using var command = new SqliteCommand("SELECT etag, version, create_time FROM documents WHERE name = $name;", connection, tx);
        command.Parameters.AddWithValue("$name", name);
        using SqliteDataReader reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    }

    private StoredDocument Insert(SqliteConnection connection, SqliteTransaction tx, string name, DocumentKind kind, string parent, byte[] data, long version, long? created)
    {
        Instant now = clock.GetCurrentInstant();
        long createTicks = created ?? now.ToUnixTimeTicks();
        string etag = $"{version}-{Convert.ToHexString(SHA256.HashData(data), 0, 6).ToLowerInvariant()}";
        using var command = new SqliteCommand(
            """
            INSERT INTO documents (name, kind, parent, etag, version, data, create_time, update_time)
            VALUES ($name, $kind, $parent, $etag, $version, $data, $create, $update)
            ON CONFLICT(name) DO UPDATE SET etag = excluded.etag, version = excluded.version, data = excluded.data, update_time = excluded.update_time;
            """, connection, tx);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$kind", (int)kind);
        command.Parameters.AddWithValue("$parent", parent);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$data", data);
        command.Parameters.AddWithValue("$create", createTicks);
        command.Parameters.AddWithValue("$update", now.ToUnixTimeTicks());
        command.ExecuteNonQuery();
        return new StoredDocument(name, kind, parent, etag, data, Instant.FromUnixTimeTicks(createTicks), now);
    }

    private static StoredDocument Read(SqliteDataReader r)
        => new(r.GetString(0), (DocumentKind)r.GetInt32(1), r.GetString(2), r.GetString(3), (byte[])r.GetValue(4),
            Instant.FromUnixTimeTicks(r.GetInt64(5)), Instant.FromUnixTimeTicks(r.GetInt64(6)));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
