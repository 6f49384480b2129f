using System.Net.Http;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>Stops a primary handler of a known kind from following redirects itself, if it would.</summary>
internal static class PrimaryHandlerRedirects
{
    // By its property, not its type: where this build runs on .NET Core (a netstandard2.0 library in a .NET 6
    // app), the factory's handler is SocketsHttpHandler, a type netstandard2.0 cannot name.
    public static bool TryTakeOver(HttpMessageHandler? primary)
    {
        var follows = primary?.GetType().GetProperty("AllowAutoRedirect", typeof(bool));
        if (follows is { CanRead: true, CanWrite: true } && follows.GetValue(primary) is true)
        {
            follows.SetValue(primary, false);
            return true;
        }

        return false;
    }
}
