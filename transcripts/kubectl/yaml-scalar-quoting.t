-o yaml writes a string plain unless YAML 1.1 would read it back as something else:
numbers in Go's syntaxes, yes/no/on/off words, timestamps and base-60 times are double-quoted,
indicators and ": " or " #" single-quote it, and long lines fold past column 80.
  $ kubectl create configmap lookalikes --from-literal=hex=0x1F --from-literal=notHex=0xZZ --from-literal=exp=1e3 --from-literal=answer=yes --from-literal=letter=y --from-literal=time=12:30 --from-literal=notTime=1:60 --from-literal=date=2024-01-01 --from-literal=notDate=2023-02-29 --from-literal='merge=<<' --from-literal='tilde=~' --from-literal=empty= --dry-run=client -o yaml
  apiVersion: v1
  data:
    answer: "yes"
    date: "2024-01-01"
    empty: ""
    exp: "1e3"
    hex: "0x1F"
    letter: "y"
    merge: <<
    notDate: 2023-02-29
    notHex: 0xZZ
    notTime: 1:60
    tilde: "~"
    time: "12:30"
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: lookalikes
  $ printf 'a\tb' > /tmp/tab.txt
  $ printf 'line one\n  indented\n\nlast\n' > /tmp/motd.txt
  $ kubectl create configmap punctuation --from-literal='pair=a: b' --from-literal='comment=x #y' --from-literal='dash=- item' --from-literal=flag=-v --from-literal="quote=it's" --from-literal="quoted='q'" --from-literal='pad= x' --from-literal='smile=hi 😀' --from-literal=cafe=café --from-file=tab=/tmp/tab.txt --from-literal='note=Pods in this namespace are restarted every night at 02:00 UTC by the maintenance job, so plan for it' --from-file=motd=/tmp/motd.txt --dry-run=client -o yaml
  apiVersion: v1
  data:
    cafe: café
    comment: 'x #y'
    dash: '- item'
    flag: -v
    motd: |
      line one
        indented
  
      last
    note: Pods in this namespace are restarted every night at 02:00 UTC by the maintenance
      job, so plan for it
    pad: ' x'
    pair: 'a: b'
    quote: it's
    quoted: '''q'''
    smile: "hi \U0001F600"
    tab: "a\tb"
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: punctuation
  $ kubectl create configmap y --from-literal=y=n --from-literal=1=on --dry-run=client -o yaml
  apiVersion: v1
  data:
    "1": "on"
    "y": "n"
  kind: ConfigMap
  metadata:
    creationTimestamp: null
    name: "y"
