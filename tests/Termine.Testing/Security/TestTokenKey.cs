namespace Termine.Testing.Security;

/// <summary>The Termine:Tokens:Key every test host uses (required outside Development): 32 bytes, base64.</summary>
public static class TestTokenKey
{
    public const string Value = "dGVybWluZS10ZXN0LXRva2VuLWtleS0wMTIzNDU2Nzg5YWI=";
}
