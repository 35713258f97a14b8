using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret and the key tokens are signed with, derived from it: hosts sharing the secret accept each
/// other's tokens, and the secret itself never leaves this class.
/// </summary>
public sealed class DirectLineKeys
{
    private static readonly byte[] SigningKeyPurpose = "Termine Direct Line token signing key"u8.ToArray();

    private readonly byte[] _secretHash;

    public DirectLineKeys(IOptions<DirectLineOptions> options)
    {
        var configured = options.Value.Secret;
        IsGenerated = string.IsNullOrEmpty(configured);
        var secret = Encoding.UTF8.GetBytes(IsGenerated ? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)) : configured!);
        _secretHash = SHA256.HashData(secret);
        SigningKey = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: SigningKeyPurpose));
    }

    /// <summary>No secret was configured; this one lives only in this process, and nobody knows it.</summary>
    public bool IsGenerated { get; }

    public SecurityKey SigningKey { get; }

    /// <summary>Compares hashes in constant time, so neither the secret's content nor its length leaks through timing.</summary>
    public bool IsSecret(string candidate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _secretHash);
}
