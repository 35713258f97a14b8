using System.Security.Cryptography;
using System.Text;

namespace Termine.Bot.State;

/// <summary>Maps the SDK's storage keys, which have no length limit, onto the key column.</summary>
internal static class StorageKeys
{
    private const int HashLength = 64;

    /// <summary>
    /// A key that fits is kept as it is. A longer one keeps its beginning, so a row can still be recognised, and ends
    /// in "#" and the SHA-256 of the whole key, so two long keys that differ only at the end stay two rows.
    /// </summary>
    public static string ToColumn(string key)
    {
        if (key.Length <= BotDbContext.MaxKeyLength)
        {
            return key;
        }

        var prefixLength = BotDbContext.MaxKeyLength - HashLength - 1;
        // Cutting between the halves of a surrogate pair would leave text the database cannot encode.
        if (char.IsHighSurrogate(key[prefixLength - 1]))
        {
            prefixLength--;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Concat(key.AsSpan(0, prefixLength), "#", hash);
    }
}
