using System;
using System.Reflection;
using System.Text;

namespace ConferenceGen.EndToEnd.Tests.Infrastructure;

/// <summary>Expected wire values.</summary>
internal static class Wire
{
    public static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    /// <summary>The runtime's name and version, without the commit: <c>ConferenceGen/0.1.0</c>.</summary>
    public static string UserAgent => "ConferenceGen/" + typeof(ConferenceGen.Runtime.ApiException).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
}
