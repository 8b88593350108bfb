// %T, %v and %d of int32, int64 and uint32 values, alone and inside slices and maps.
package main

import "fmt"

func main() {
	var a int32 = 5
	var b int64 = -6
	var d any = a
	var u uint32 = 4000000000
	fmt.Printf("%T %T %T %T %v %d %x %5d|\n", a, b, d, u, u, b, b, a)
	fmt.Printf("%T %v\n", int64(3), []int64{1})
	fmt.Printf("%T %v %v\n", []int32{1}, map[string]int64{"a": 2}, &a == nil)
	fmt.Println(a, b, u, []int64{3, 4})
	fmt.Printf("%v %+v %#v\n", b, []int32{7}, b)
}
