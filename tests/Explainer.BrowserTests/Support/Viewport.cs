using Microsoft.Playwright;

namespace Explainer.BrowserTests.Support;

/// <summary>A screen the pages are checked at. Theories take the name, so test cases stay serialisable.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile, float DeviceScaleFactor)
{
    public const string PhoneName = "phone";
    public const string DesktopName = "desktop";

    public static Viewport Phone { get; } = new(PhoneName, 390, 844, IsMobile: true, DeviceScaleFactor: 2);

    public static Viewport Desktop { get; } = new(DesktopName, 1280, 800, IsMobile: false, DeviceScaleFactor: 1);

    public static Viewport Named(string name) => name switch
    {
        PhoneName => Phone,
        DesktopName => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such viewport"),
    };

    public BrowserNewContextOptions ContextOptions() => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        IsMobile = IsMobile,
        HasTouch = IsMobile,
        DeviceScaleFactor = DeviceScaleFactor,
    };

    public override string ToString() => $"{Name} {Width}x{Height}";
}
