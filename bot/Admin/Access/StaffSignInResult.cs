namespace Termine.Bot.Admin.Access;

public abstract record StaffSignInResult
{
    private StaffSignInResult()
    {
    }

    public sealed record SignedIn(StaffUser User) : StaffSignInResult;

    /// <summary>Unknown name, wrong password, inactive account: told apart in nothing the caller sees.</summary>
    public sealed record Refused : StaffSignInResult;

    public sealed record LockedOut(DateTimeOffset Until) : StaffSignInResult;
}
