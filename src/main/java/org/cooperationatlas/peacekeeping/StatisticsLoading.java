package org.cooperationatlas.peacekeeping;

/** How far the loading of the statistics that come with the atlas has got: months loaded of those to load. */
public record StatisticsLoading(int loaded, int toLoad) {

    public int percent() {
        return toLoad == 0 ? 100 : loaded * 100 / toLoad;
    }
}
