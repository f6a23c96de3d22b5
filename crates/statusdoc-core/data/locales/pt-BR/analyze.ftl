## statusdoc analyze: ajuda, rótulos e problemas da captura.

cli-analyze-about = Lê capturas (pcap, pcapng, Network Monitor) ou logs SIP (“-” para a entrada padrão) e mostra cada chamada SIP: diagrama, desfecho e o significado de cada falha
cli-analyze-files = Arquivos de captura; vários são combinados numa única linha do tempo
cli-analyze-call = Só a chamada com este Call-ID
cli-analyze-failed = Só as chamadas que falharam
cli-analyze-max-messages = Parar de ler depois de tantas mensagens SIP (o resto é relatado, nunca descartado em silêncio)

analyze-summary = { $messages ->
    [one] Uma mensagem SIP
   *[other] { $messages } mensagens SIP
}, { $calls ->
    [one] uma chamada
   *[other] { $calls } chamadas
} ({ $failed } com falha), { $errors ->
    [one] um problema
   *[other] { $errors } problemas
}.
analyze-call = Chamada { $call_id }
analyze-outcome = { $state ->
    [answered] atendida
    [failed] falhou
    [cancelled] cancelada
    [completed] concluída
   *[incomplete] incompleta
}
analyze-setup = estabelecimento { $seconds } s
analyze-duration = duração { $seconds } s
analyze-linked = pernas ligadas: { $calls }
analyze-retransmission = retransmissão
analyze-frame = quadro { $frame }
analyze-problems = Problemas na entrada
analyze-no-calls = Nenhuma chamada SIP encontrada.
analyze-cannot-open = Não foi possível abrir { $file }: { $reason }

analyze-problem-unknown-format = não é uma captura que esta ferramenta lê (pcap, pcapng, Network Monitor 2.x) nem um log com mensagens SIP { $detail }
analyze-problem-damaged-file = o arquivo termina no meio de um bloco ou está danificado { $detail }
analyze-problem-unsupported-link-type = o tipo de enlace { $detail } não tem decodificador; seus pacotes foram ignorados
analyze-problem-truncated = pacote cortado pelo snaplen da captura ({ $detail } bytes guardados)
analyze-problem-incomplete-fragments = fragmentos IP cujas outras partes nunca chegaram ({ $detail })
analyze-problem-tcp-gap = faltam bytes num fluxo TCP ({ $detail }); as mensagens que cruzam a lacuna se perdem
analyze-problem-tcp-incomplete = um fluxo TCP terminou no meio de uma mensagem SIP ({ $detail })
analyze-problem-tls = TLS numa porta SIP ({ $detail }): o SIP dentro dele não pode ser lido numa captura
analyze-problem-unparsable = parece SIP, mas não pode ser interpretado: { $detail }
analyze-problem-not-sip = um datagrama numa porta SIP que não é SIP ({ $detail })
analyze-problem-limit-reached = um limite foi atingido ({ $detail }); o que vem depois não foi lido
analyze-problem-no-call-id = uma mensagem SIP sem Call-ID ({ $detail }): não pertence a nenhuma chamada

## Constatações: o que as próprias mensagens de uma chamada dizem.
analyze-findings = Constatações
severity-info = informação
severity-warning = alerta
severity-error = erro
finding-retry-after = A resposta pede para esperar { $seconds } s antes de tentar de novo (Retry-After).
finding-warning = Warning { $code }: “{ $text }”.
finding-reason = Cabeçalho Reason: { $protocol } causa { $cause } { $meaning } “{ $text }”.
finding-unsupported = O servidor não suporta as option tags { $value } (Unsupported).
finding-require = O servidor exige as option tags { $value } (Require).
finding-min-expires = A menor validade que este servidor aceita é { $value } s (Min-Expires){ $asked ->
    [none] .
   *[other] ; a requisição pediu { $asked } s, então reenvie com pelo menos { $value }.
}
finding-min-se = O menor intervalo de sessão aceito é { $value } s (Min-SE){ $asked ->
    [none] .
   *[other] ; a requisição ofereceu { $asked } s, então reenvie com Session-Expires de pelo menos { $value }.
}
finding-allow = Métodos permitidos aqui: { $value } (Allow).
finding-challenge = Desafio { $header }: realm “{ $realm }”, algoritmo { $algorithm }{ $stale ->
    [true] , stale=true: as credenciais estavam certas, mas o nonce tinha expirado; basta repetir com o nonce novo.
   *[other] .
}
finding-redirect = Redirecionado para { $targets }.
finding-offer = A oferta propôs { $offered }; o lado que recusou { $accepted ->
    [none] não indica formatos próprios
   *[other] indica { $accepted }, em comum: { $common ->
        [none] nenhum
       *[other] { $common }
    }
}. { $disabled ->
    [yes] Todos os fluxos de mídia da oferta têm porta 0, o que os oferece mas diz para não usá-los, então não havia nada a aceitar: dê portas reais aos fluxos.
   *[other] Ofereça um formato que as duas pontas suportem (o recusado também pode ser o ptime, o transporte ou a criptografia; veja o cabeçalho Warning).
}
finding-media-direction = { $direction ->
    [sendonly] Este lado só vai enviar mídia (a=sendonly): em geral, uma chamada posta em espera; se não for o caso, o áudio só vai num sentido.
    [recvonly] Este lado só vai receber mídia (a=recvonly): a não ser que seja intencional, o áudio só vai num sentido.
    [inactive] A mídia está inativa nos dois sentidos (a=inactive): a chamada está em espera ou com a mídia pausada.
   *[other] O endereço de mídia é 0.0.0.0, a forma antiga de pôr uma chamada em espera: nenhuma mídia deve ser enviada a este lado.
}
finding-media-private-address = O SDP pede mídia em { $address }, um endereço privado, mas a mensagem veio de { $sender }: há um NAT no caminho, e a mídia enviada a esse endereço não vai chegar (áudio num sentido só ou sem áudio), a menos que um SBC ou a outra ponta o corrija (RTP simétrico, ICE).
finding-no-ack = O 2xx do INVITE nunca foi confirmado ({ $count } cópias vistas): o ACK não chegou ao chamado, o que em geral indica Contact ou Record-Route errados, ou NAT no caminho de volta; o chamado encerra a chamada depois de cerca de 32 s.
finding-unanswered = { $method } não recebeu resposta nenhuma ({ $count } transmissões vistas); capture junto ao lado receptor para ver se ele chega.
finding-retransmitted = { $method } foi enviado { $count ->
    [one] mais uma vez
   *[other] mais { $count } vezes
} antes da primeira resposta, que chegou { $seconds } s depois: alguma cópia se perdeu no caminho, ou o servidor responde devagar demais (sobre UDP, deveria responder a um INVITE com 100 Trying em até 200 ms).
finding-ok-after-cancel = O chamado respondeu 2xx depois do CANCEL: a resposta cruzou com o cancelamento, então o chamador deve encerrar a chamada com BYE.
finding-dialog-gone = { $method } recebeu 481: a outra ponta não conhece mais este diálogo; compare o Call-ID e as tags com os das primeiras mensagens do diálogo.
finding-auth-rejected = { $answer ->
    [forbidden] { $method } foi recusado com 403 ao ser reenviado com as credenciais pedidas no desafio: o servidor as rejeita (usuário, senha ou realm errados) ou não permite isso a esta conta.
   *[other] { $method } foi desafiado de novo ao ser reenviado com as credenciais ({ $count } desafios seguidos, mesmo realm): o servidor as recusou; confira o usuário, a senha e o realm configurados para esta conta.
}

## Relatórios: --html, --format mermaid e markdown, --redact.
cli-analyze-html = Também grava um relatório HTML autossuficiente neste arquivo (diagramas, mensagens completas, constatações, explicações); mantém todas as mensagens na memória
cli-analyze-redact = Substitui endereços IP, nomes de host, partes de usuário, números de telefone e nomes de exibição por pseudônimos consistentes antes de mostrar qualquer coisa
error-mermaid-analyze-only = Só o “statusdoc analyze” desenha diagramas Mermaid; aqui use text, json ou markdown.
report-title = Análise de rastro SIP
report-generated = Gerado pelo statusdoc { $version } a partir de { $inputs }. Este arquivo não carrega nada da rede.
report-calls = Chamadas
report-col-call = Call-ID
report-col-method = Método
report-col-outcome = Resultado
report-col-setup = Estabelecimento
report-col-time = Tempo (s)
report-col-from = Origem
report-col-to = Destino
report-col-message = Mensagem
report-col-frame = Quadro
report-hint = Selecione uma mensagem no diagrama para lê-la inteira; as linhas em que uma constatação se apoia aparecem destacadas.
report-back = Voltar à chamada
report-causes = Por que é enviado
report-fixes = O que fazer
report-read-more = Explicação completa deste código
report-message = Quadro { $frame } · +{ $time } s · { $src } → { $dst } · { $transport }
report-ladder = Diagrama da chamada { $call_id }
report-redacted = Anonimizado antes da análise, cada valor sempre trocado pelo mesmo pseudônimo: { $addresses ->
    [one] um endereço IP
   *[other] { $addresses } endereços IP
}, { $hosts ->
    [one] um nome de host
   *[other] { $hosts } nomes de host
}, { $users ->
    [one] um nome de usuário
   *[other] { $users } nomes de usuário
}, { $numbers ->
    [one] um número de telefone
   *[other] { $numbers } números de telefone
}, { $names ->
    [one] um nome de exibição
   *[other] { $names } nomes de exibição
}. Endereços de loopback e 0.0.0.0 são mantidos.
