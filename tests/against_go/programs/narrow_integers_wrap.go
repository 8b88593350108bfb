// Narrow integers keep their width: an int8 step counter wraps from 127 to -128, int16
// audio samples clip only when the program clips them, a uint16 sequence number rolls
// over, and every kind prints, converts and shifts as Go's does.
package main

import (
	"fmt"
	"math"
	"sort"
	"sync"
)

type Seq uint16

func (s Seq) Next() Seq { return s + 1 }

type Sample int16

func mix(a, b Sample) Sample {
	sum := int32(a) + int32(b)
	if sum > math.MaxInt16 {
		return math.MaxInt16
	}
	if sum < math.MinInt16 {
		return math.MinInt16
	}
	return Sample(sum)
}

func main() {
	var steps int8 = 120
	for i := 0; i < 10; i++ {
		steps++
	}
	fmt.Println("steps:", steps, -steps, steps/3, steps%7, steps>>1, steps<<1)

	var mu sync.Mutex
	var wg sync.WaitGroup
	var seq Seq = math.MaxUint16 - 2
	seen := map[Seq]int{}
	for range 5 {
		wg.Go(func() {
			mu.Lock()
			seq = seq.Next()
			seen[seq]++
			mu.Unlock()
		})
	}
	wg.Wait()
	keys := make([]Seq, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println("sequence numbers:", keys, "last", seq)

	loud := []Sample{30000, 20000, -30000, -20000, 100}
	fmt.Println("clipped:", mix(loud[0], loud[1]), mix(loud[2], loud[3]), mix(loud[4], loud[4]))
	raw := loud[0] + loud[1]
	fmt.Println("wrapped:", raw, int16(raw)*2, uint16(raw))

	var b int8 = -128
	fmt.Printf("%d %x %X %o %b %v %T %T\n", b, b, int16(-255), int8(8), int8(-5), uint16(65535), b, seq)
	fmt.Printf("%#v %#v %08b %q %c\n", int8(-1), uint16(255), uint8(5), int16(65), int16(0x263A))
	u := uint16(1)
	fmt.Println(u<<15, u<<16, ^u, -u, int8(^0), int8(200-256), uint16(b), int16(b))
	vals := []int8{3, -7, 100, -128, 0}
	sort.Slice(vals, func(i, j int) bool { return vals[i] < vals[j] })
	fmt.Println(vals, min(vals[0], vals[1]), max(int16(3), -9), float64(int8(-3))/2)
}
