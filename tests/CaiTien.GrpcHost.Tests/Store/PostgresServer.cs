using System;
using Npgsql;

namespace CaiTien.GrpcHost.Tests.Store;

/// <summary>
/// The PostgreSQL server the tests use: the one <c>CAITIEN_TEST_POSTGRES</c> names (a connection string with rights to
/// create databases; <c>.ci/postgres start</c> starts one). Each user gets a database of its own, dropped afterwards.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "CAITIEN_TEST_POSTGRES";

    private readonly string admin;
    private readonly string database;

    public PostgresDatabase()
    {
        admin = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: start a server with `eval \"$(bash .ci/postgres start)\"`.");
        database = "caitien_" + Guid.NewGuid().ToString("N").Substring(0, 16);
        Execute($"CREATE DATABASE {database};");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
    }

    /// <summary>Whether a server is configured.</summary>
    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    public string ConnectionString { get; }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {database} WITH (FORCE);");
    }
}

/// <summary>
/// A fact that needs PostgreSQL. Skipped when no server is configured, except under CI (CI=true), where a missing server
/// fails the test instead, so that CI never passes without having run it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresDatabase.Available && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"No PostgreSQL: set {PostgresDatabase.Variable} (eval \"$(bash .ci/postgres start)\").";
        }
    }
}
