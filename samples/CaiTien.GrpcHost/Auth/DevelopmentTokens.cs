using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaiTien.GrpcHost.Auth;

/// <summary>
/// The tokens the sample host accepts: JWTs signed with HMAC-SHA256 by the host's key, issuer and audience "caitien".
/// Claims: <c>sub</c> (who, recorded in the audit trail), <c>role</c> (school, officer or admin), <c>school</c> (a school
/// id, for school staff) or <c>jurisdiction</c> (a province code "79" or a district "79/760", for officers). Shared by
/// the host, which checks them, and the client's <c>caitien token</c>, which issues development tokens.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "caitien";
    public const string Audience = "caitien";
    public const string RoleClaim = "role";
    public const string SchoolClaim = "school";
    public const string JurisdictionClaim = "jurisdiction";

    /// <summary>Reads the signing key from <paramref name="path"/>, creating a random one there (readable by its owner only) when missing.</summary>
    public static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return Decode(File.ReadAllText(path).Trim(), path);
        }
        byte[] key = RandomNumberGenerator.GetBytes(32);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host on the same folder created it first: use theirs.
            return Decode(File.ReadAllText(path).Trim(), path);
        }
        return key;
    }

    /// <summary>A key given as base64 (at least 32 bytes).</summary>
    public static byte[] Decode(string base64, string where)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The signing key in {where} is not base64.");
        }
        return key.Length >= 32 ? key : throw new InvalidOperationException($"The signing key in {where} is shorter than 32 bytes.");
    }

    public static SymmetricSecurityKey SecurityKey(byte[] key) => new(key) { KeyId = "caitien-dev" };

    /// <summary>Issues a token.</summary>
    /// <param name="key">The host's signing key.</param>
    /// <param name="subject">Who: recorded as the actor of every write.</param>
    /// <param name="role">school, officer or admin.</param>
    /// <param name="school">The school id, for school staff.</param>
    /// <param name="jurisdiction">"79" or "79/760", for officers.</param>
    /// <param name="lifetime">How long it is valid.</param>
    /// <param name="now">When it is issued.</param>
    public static string Issue(byte[] key, string subject, string role, string? school, string? jurisdiction, TimeSpan lifetime, DateTime now)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, [RoleClaim] = role };
        if (!string.IsNullOrEmpty(school))
        {
            claims[SchoolClaim] = school;
        }
        if (!string.IsNullOrEmpty(jurisdiction))
        {
            claims[JurisdictionClaim] = jurisdiction;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
