using System;
using System.IO;

namespace CaiTien.Domain.Tests;

/// <summary>Access to the fixture files copied beside the test assembly (reference catalog, corpus documents).</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
