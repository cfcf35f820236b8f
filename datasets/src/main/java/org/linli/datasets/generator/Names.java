package org.linli.datasets.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** The names the generator gives communities, districts and teachers; invented, in the style of a Chinese city. */
final class Names {

    static final List<String> COMMUNITIES = List.of(
            "Willow Lane",
            "Plum Garden",
            "Osmanthus Court",
            "Bamboo Grove",
            "Lotus Pond",
            "Peony Terrace",
            "Magnolia Road",
            "Camellia Village",
            "Pine Ridge",
            "Jade Spring",
            "Maple Bridge",
            "Orchid Street",
            "Chrysanthemum Court",
            "Ginkgo Square",
            "Peach Blossom",
            "Silver Birch",
            "Cloud Gate",
            "Moon Bay");

    static final List<String> DISTRICTS = List.of(
            "Lakeside",
            "Riverside",
            "Hillview",
            "Old Town",
            "Harbour",
            "Eastgate",
            "Westfield",
            "Northbank",
            "Southpoint",
            "Greenfield",
            "Stonebridge",
            "Sunrise");

    private static final List<String> SURNAMES = List.of(
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
            "Guo", "He", "Lin", "Gao", "Luo");

    private static final List<String> GIVEN_NAMES = List.of(
            "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Jun", "Yan", "Tao", "Hui", "Xin", "Ying", "Qiang", "Lan", "Bo",
            "Ping", "Hong", "Wei", "Xiaoyu", "Zihan", "Yuting", "Haoran", "Mengyao", "Jiahui");

    private Names() {}

    static String person(RandomGenerator random) {
        return pick(SURNAMES, random) + " " + pick(GIVEN_NAMES, random);
    }

    static <T> T pick(List<T> list, RandomGenerator random) {
        return list.get(random.nextInt(list.size()));
    }
}
