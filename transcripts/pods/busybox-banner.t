Every applet of a busybox image prints its own build's banner above its usage text: in
busybox:latest that is 1.37.0, built 2024-09-26, for `busybox` itself as for od, df, wget, ping
and nslookup and xxd; busybox:1.36 still says 1.36.1.
  $ kubectl run new --image=busybox:latest -- sleep 3600
  pod/new created
  $ kubectl run old --image=busybox:1.36 -- sleep 3600
  pod/old created
  $ sleep 10
  $ kubectl exec new -- sh -c 'busybox | head -1'
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  $ kubectl exec new -- od -Q
  od: invalid option -- 'Q'
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: od [-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...
  
  Print FILEs (or stdin) unambiguously, as octal bytes by default
  command terminated with exit code 1
  $ kubectl exec new -- df -Q
  df: invalid option -- 'Q'
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: df [-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...
  
  Print filesystem usage statistics
  
  	-P	POSIX output format
  	-k	1024-byte blocks (default)
  	-m	1M-byte blocks
  	-h	Human readable (e.g. 1K 243M 2G)
  	-T	Print filesystem type
  	-t TYPE	Print only mounts of this type
  	-a	Show all filesystems
  	-i	Inodes
  	-B SIZE	Blocksize
  command terminated with exit code 1
  $ kubectl exec new -- wget
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
  	[--post-data STR | --post-file FILE] [-Y on/off]
  	[-P DIR] [-U AGENT] [-T SEC] URL...
  
  Retrieve files via HTTP or FTP
  command terminated with exit code 1
  $ kubectl exec new -- ping
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: ping [OPTIONS] HOST
  command terminated with exit code 1
  $ kubectl exec new -- nslookup
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]
  
  Query DNS about HOST
  
  QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any
  command terminated with exit code 1
  $ kubectl exec new -- sh -c 'xxd -Q 2>&1 | head -2'
  xxd: invalid option -- 'Q'
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  $ kubectl exec old -- ping
  BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.
  
  Usage: ping [OPTIONS] HOST
  command terminated with exit code 1
