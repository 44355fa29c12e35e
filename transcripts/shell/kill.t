`kill` sends a signal (SIGTERM unless told otherwise) to a job (`%1`, `%%`, `%-`, `%sleep`,
`%?text`) or a background process. The job ends at once, but bash's next prompt comes before it
hears, so the notice, worded by the signal, shows a prompt later (`jobs` and `wait` report it
sooner); `wait` returns 128 plus the signal's number. Ignored signals (CHLD, CONT) and 0 leave a
job running. `kill -l` names the signals, and the numbers of names.
  $ sleep 100 &
  [1] 2482
  $ sleep 200 &
  [2] 2483
  $ sleep 300 &
  [3] 2484
  $ kill %1
  $ kill -9 %-
  [1]   Terminated              sleep 100
  $ jobs
  [2]-  Killed                  sleep 200
  [3]+  Running                 sleep 300 &
  $ kill -s INT $!; wait $!; echo $?
  [3]+  Interrupt               sleep 300
  130
  $ sleep 100 &
  [1] 2485
  $ kill -CONT %sleep; kill -0 %%; jobs
  [1]+  Running                 sleep 100 &
  $ kill -USR1 %?100
  $ kill %1
  [1]+  User defined signal 1   sleep 100
  $ kill 4321; echo $?
  bash: kill: (4321) - No such process
  1
  $ kill abc
  bash: kill: abc: arguments must be process or job IDs
  $ kill -s TERMINATE %1
  bash: kill: TERMINATE: invalid signal specification
  $ kill -9
  kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]
  $ kill -l
   1) SIGHUP	 2) SIGINT	 3) SIGQUIT	 4) SIGILL	 5) SIGTRAP
   6) SIGABRT	 7) SIGBUS	 8) SIGFPE	 9) SIGKILL	10) SIGUSR1
  11) SIGSEGV	12) SIGUSR2	13) SIGPIPE	14) SIGALRM	15) SIGTERM
  16) SIGSTKFLT	17) SIGCHLD	18) SIGCONT	19) SIGSTOP	20) SIGTSTP
  21) SIGTTIN	22) SIGTTOU	23) SIGURG	24) SIGXCPU	25) SIGXFSZ
  26) SIGVTALRM	27) SIGPROF	28) SIGWINCH	29) SIGIO	30) SIGPWR
  31) SIGSYS	34) SIGRTMIN	35) SIGRTMIN+1	36) SIGRTMIN+2	37) SIGRTMIN+3
  38) SIGRTMIN+4	39) SIGRTMIN+5	40) SIGRTMIN+6	41) SIGRTMIN+7	42) SIGRTMIN+8
  43) SIGRTMIN+9	44) SIGRTMIN+10	45) SIGRTMIN+11	46) SIGRTMIN+12	47) SIGRTMIN+13
  48) SIGRTMIN+14	49) SIGRTMIN+15	50) SIGRTMAX-14	51) SIGRTMAX-13	52) SIGRTMAX-12
  53) SIGRTMAX-11	54) SIGRTMAX-10	55) SIGRTMAX-9	56) SIGRTMAX-8	57) SIGRTMAX-7
  58) SIGRTMAX-6	59) SIGRTMAX-5	60) SIGRTMAX-4	61) SIGRTMAX-3	62) SIGRTMAX-2
  63) SIGRTMAX-1	64) SIGRTMAX	
  $ kill -l 9 143 TERM sigint
  KILL
  TERM
  15
  2
  $ type kill fg bg disown exec
  kill is a shell builtin
  fg is a shell builtin
  bg is a shell builtin
  disown is a shell builtin
  exec is a shell builtin
