using System;
using System.Text;

namespace ConferenceGen.EndToEnd.Tests.Infrastructure;

/// <summary>Expected wire values.</summary>
internal static class Wire
{
    public static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
}
