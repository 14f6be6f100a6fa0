package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w*)(;)?`)
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.NumSubexp(), re.SubexpIndex("key"), re.SubexpIndex("value"), re.SubexpIndex("missing"), re.SubexpIndex(""))
	fmt.Printf("%q\n", re.FindStringSubmatch("a=1; b="))
	fmt.Println(re.FindStringSubmatchIndex("a=1; b="))
	fmt.Printf("%q\n", re.FindAllStringSubmatch("a=1; b=; c=3;", -1))
	fmt.Println(re.FindAllStringSubmatchIndex("a=1; b=; c=3;", -1))
	fmt.Println(re.FindStringSubmatch("===") == nil, re.FindStringSubmatchIndex("===") == nil)

	// groups that do not take part give "" and -1
	alt := regexp.MustCompile(`(a)|(b)|(c(d)?)`)
	for _, s := range []string{"a", "b", "c", "cd", "x"} {
		fmt.Printf("%q %q %v\n", s, alt.FindStringSubmatch(s), alt.FindStringSubmatchIndex(s))
	}
	fmt.Printf("%q\n", alt.FindAllStringSubmatch("abccdx", -1))
	fmt.Println(alt.FindAllStringSubmatchIndex("abccdx", -1))

	// a repeated group keeps its last iteration
	rep := regexp.MustCompile(`(?:(\w)-)+`)
	fmt.Printf("%q\n", rep.FindStringSubmatch("a-b-c-d"))
	// empty groups that did match
	empty := regexp.MustCompile(`(x*)(y?)z`)
	fmt.Printf("%q %v\n", empty.FindStringSubmatch("z"), empty.FindStringSubmatchIndex("z"))

	// unnamed and named mixed, duplicate names, nested groups
	mixed := regexp.MustCompile(`((?P<a>x)(y))(?P<a>z)?`)
	fmt.Printf("%q %d\n", mixed.SubexpNames(), mixed.SubexpIndex("a"))
	fmt.Printf("%q\n", mixed.FindStringSubmatch("xyz"))
	noGroups := regexp.MustCompile(`abc`)
	fmt.Printf("%q %d\n", noGroups.SubexpNames(), noGroups.NumSubexp())
	fmt.Printf("%q\n", noGroups.FindStringSubmatch("xabcx"))
	nc := regexp.MustCompile(`(?:a)(?i:B)(c)`)
	fmt.Printf("%q %d\n", nc.FindStringSubmatch("abc"), nc.NumSubexp())
}
