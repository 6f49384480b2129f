using System.Net.Http;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>Stops a primary handler of a known type from following redirects itself, if it would.</summary>
internal static class PrimaryHandlerRedirects
{
    public static bool TryTakeOver(HttpMessageHandler? primary)
    {
        switch (primary)
        {
            case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                sockets.AllowAutoRedirect = false;
                return true;
            case HttpClientHandler { AllowAutoRedirect: true } client:
                client.AllowAutoRedirect = false;
                return true;
            default:
                return false;
        }
    }
}
