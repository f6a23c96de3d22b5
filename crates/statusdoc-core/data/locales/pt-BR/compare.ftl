## Comparações: frases geradas. $a e $b são os códigos (o menor primeiro),
## $a-reason/$b-reason as frases de motivo.

error-same-code = Compare o { $code } com um código diferente.

list-and = { $init } e { $last }
list-or = { $init } ou { $last }

aspect-class = Classe e tipo de resposta
aspect-scope = Alcance
aspect-next-step = Próximo passo do cliente
aspect-senders = Quem envia
aspect-methods = Requisições a que responde
aspect-headers = Cabeçalhos
aspect-ack = Confirmação (ACK)
aspect-early-dialog = Diálogos iniciais
aspect-mid-dialog = Dentro de um diálogo
aspect-proxy = Tratamento nos proxies
aspect-status = Situação no registro
aspect-q850 = Mapeamento ISUP/Q.850
aspect-definition = Definição
aspect-typical-cause = Causa típica
aspect-fix = Como resolver

heading-compare = { $a } x { $b }
heading-differences = Principais diferenças
heading-in-common = Em comum
heading-which = Qual se aplica
heading-also-compare = Compare também
label-curated = Nota escrita à mão para este par

compare-summary = { $a } { $a-reason } significa que { $a-when }, enquanto { $b } { $b-reason } significa que { $b-when }.

compare-unregistered = { $code } não é um código registrado: o cliente o trata como { $default } (RFC 3261 §8.1.3.2), por isso os fatos comparados são os do { $default }.

compare-diff-class = { $a } é uma resposta { $a-final ->
    [yes] final
   *[no] provisória
} da classe { $a-class } ({ $a-class-name }); { $b } é uma resposta { $b-final ->
    [yes] final
   *[no] provisória
} da classe { $b-class } ({ $b-class-name }).
compare-common-class = Ambas são respostas { $a-final ->
    [yes] finais
   *[no] provisórias
} da classe { $a-class } ({ $a-class-name }).

compare-diff-scope = Não falam da mesma coisa. { $a }: { $a-scope } { $b }: { $b-scope }
compare-common-scope = O alcance é o mesmo para os dois. { $a-scope }

compare-diff-next-step = { $same-kind ->
    [yes] Os dois pedem o mesmo tipo de passo, mas não o mesmo passo. Depois do { $a }: { $a-next } Depois do { $b }: { $b-next }
   *[no] O cliente faz algo diferente em seguida. Depois do { $a }: { $a-next } Depois do { $b }: { $b-next }
}

compare-diff-senders = Quem envia o { $a }: { $a-senders }. Quem envia o { $b }: { $b-senders }.
compare-common-senders = Quem envia os dois: { $a-senders }.

compare-diff-methods = O { $a } responde normalmente a { $a-methods }; o { $b }, a { $b-methods }.
compare-common-methods = Os dois respondem normalmente a { $a-methods }.
compare-any-method = qualquer método

compare-diff-headers = O { $a } traz { $a-headers }; o { $b } traz { $b-headers }.
compare-common-headers = Os dois trazem { $a-headers }.
compare-header = { $name } ({ $level })
compare-no-header = nenhum cabeçalho específico

compare-diff-ack = Quando respondem a um INVITE, são confirmados de forma diferente. { $a }: { $a-ack } { $b }: { $b-ack }

compare-diff-early-dialog = O efeito sobre os diálogos iniciais difere. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-early-dialog = Mesmo efeito sobre os diálogos iniciais: { $a-effect }
compare-diff-mid-dialog = Como resposta a uma requisição dentro de um diálogo já estabelecido, não têm o mesmo efeito. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-mid-dialog = Mesmo efeito dentro de um diálogo estabelecido: { $a-effect }

compare-diff-proxy = Os proxies os tratam de forma diferente. { $a }: { $a-proxy } { $b }: { $b-proxy }
compare-common-proxy = Os proxies tratam os dois da mesma forma: { $a-proxy }
compare-proxy-plain = O proxy a trata como qualquer outra resposta da sua classe, sem regra especial.

compare-diff-status = O { $a } está { $a-status ->
    [deprecated] obsoleto
    [reserved] apenas reservado, e nunca deve ser enviado
   *[current] em uso
}, enquanto o { $b } está { $b-status ->
    [deprecated] obsoleto
    [reserved] apenas reservado, e nunca deve ser enviado
   *[current] em uso
}.

compare-diff-q850 = { $a-mapped ->
        [no] A RFC 3398 não atribui nenhuma causa ISUP ao { $a }; na direção da rede telefônica, o gateway converte o { $b } em { $b-cause } (RFC 3398 §8.2.6.1).
       *[yes] { $b-mapped ->
            [no] Na direção da rede telefônica, o gateway converte o { $a } em { $a-cause }; a RFC 3398 não atribui nenhuma causa ISUP ao { $b } (RFC 3398 §8.2.6.1).
           *[yes] Na direção da rede telefônica, o gateway converte o { $a } em { $a-cause } e o { $b } em { $b-cause } (RFC 3398 §8.2.6.1).
        }
    }
compare-common-q850 = Na direção da rede telefônica, o gateway converte os dois em { $a-cause } (RFC 3398 §8.2.6.1).
compare-cause = causa ISUP { $cause } ({ $name })

compare-diff-definition = O { $a } é definido na { $a-ref }; o { $b }, na { $b-ref }.
compare-common-definition = Os dois são definidos na mesma seção, { $a-ref }.

compare-diff-typical-cause = Causa típica do { $a }: { $a-text } Causa típica do { $b }: { $b-text }
compare-diff-fix = Para resolver o { $a }: { $a-text } Para resolver o { $b }: { $b-text }

compare-which-alternatives = { $same-next ->
    [yes] O { $a } e o { $b } podem responder à mesma requisição, e os dois levam o cliente a { $a-next-short }. Envie aquele cujo significado corresponde ao que o servidor de fato sabe: é no código preciso que se apoia o engenheiro que lê o trace.
   *[no] O { $a } e o { $b } podem responder à mesma requisição, e a escolha importa porque o cliente reage de forma diferente: depois do { $a } ele vai { $a-next-short }; depois do { $b }, vai { $b-next-short }. Envie aquele cujo significado corresponde ao que o servidor de fato sabe.
}

compare-which-not = { $same-family ->
    [yes] O { $a } e o { $b } não são alternativas: respondem a requisições diferentes ({ $a }: { $a-methods }; { $b }: { $b-methods }), então nunca disputam a mesma.
   *[no] O { $a } e o { $b } não são alternativas e nunca disputam a mesma requisição. { $a-flow } { $b-flow }
}
compare-flow-provisional = O { $code } chega enquanto um INVITE ainda está pendente, antes da resposta final.
compare-flow-success = O { $code } encerra uma transação com sucesso.
compare-flow-redirect = O { $code } encerra uma transação mandando o cliente para outro endereço.
compare-flow-failure = O { $code } encerra uma transação com uma falha.

compare-which-same-default = Qualquer elemento padrão trata o { $a } e o { $b } da mesma forma, porque um código não registrado vale como o código x00 da sua classe (RFC 3261 §8.1.3.2); só a intenção do remetente, que a frase de motivo pode revelar, os distingue.
