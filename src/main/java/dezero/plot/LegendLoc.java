package dezero.plot;

import java.util.Locale;

/** Where {@code legend(loc=)} puts the legend: matplotlib's location names and codes. */
public enum LegendLoc {
    BEST("best"), UPPER_RIGHT("upper right"), UPPER_LEFT("upper left"), LOWER_LEFT("lower left"),
    LOWER_RIGHT("lower right"), RIGHT("right"), CENTER_LEFT("center left"), CENTER_RIGHT("center right"),
    LOWER_CENTER("lower center"), UPPER_CENTER("upper center"), CENTER("center");

    private final String name;

    LegendLoc(String name) {
        this.name = name;
    }

    /** matplotlib's name for the location, e.g. {@code lower right}. */
    public String locName() {
        return name;
    }

    /** A name ({@code 'lower right'}) or code ({@code '4'}); matplotlib's ValueError otherwise. */
    static LegendLoc parse(String loc) {
        String s = loc == null ? "best" : loc.strip().toLowerCase(Locale.ROOT);
        for (LegendLoc l : values()) {
            if (l.name.equals(s) || String.valueOf(l.ordinal()).equals(s)) {
                return l;
            }
        }
        StringBuilder known = new StringBuilder();
        for (LegendLoc l : values()) {
            known.append(known.length() == 0 ? "" : ", ").append('\'').append(l.name).append('\'');
        }
        throw PlotException.value("'" + loc + "' is not a valid value for loc; supported values are " + known);
    }
}
