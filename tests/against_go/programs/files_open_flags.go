package main

import (
	"fmt"
	"os"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func appendLine(path, line string) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
	check(err)
	defer f.Close()
	_, err = f.WriteString(line + "\n")
	check(err)
}

func main() {
	path := "/tmp/gofiles-open-flags.log"
	os.Remove(path)
	defer os.Remove(path)
	for i := 1; i <= 3; i++ {
		appendLine(path, fmt.Sprintf("entry %d", i))
	}
	data, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(data))

	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	check(err)
	buf := make([]byte, 4)
	n, err := w.Read(buf)
	fmt.Println(n, err)
	n, err = w.WriteString("ENTRY")
	fmt.Println(n, err)
	check(w.Close())
	data, err = os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)

	_, err = os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0600)
	fmt.Println(err)
	_, err = os.OpenFile("/tmp", os.O_RDWR, 0)
	fmt.Println(err)
	_, err = os.OpenFile(path+".missing", os.O_RDONLY, 0)
	fmt.Println(err)

	t, err := os.OpenFile(path, os.O_RDWR|os.O_TRUNC|os.O_SYNC, 0644)
	check(err)
	t.WriteString("fresh\n")
	t.Seek(0, 0)
	n, err = t.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	check(t.Close())
	data, err = os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)
}
